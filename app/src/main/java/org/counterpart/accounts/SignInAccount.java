package org.counterpart.accounts;

import org.counterpart.directory.UserContext;

/** An account as signing in sees it: who it is and the hash its password must match. */
public record SignInAccount(UserContext user, String passwordHash) {
}
