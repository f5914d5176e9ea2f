package org.counterpart.accounts;

import org.counterpart.directory.UserContext;

/**
 * An account as signing in sees it: who it is, the hash its password must match, whether signing in to it is paused
 * now after too many wrong passwords, and whether there are wrong passwords to forget once the right one is typed.
 */
public record SignInAccount(UserContext user, String passwordHash, boolean paused, boolean recentFailures) {
}
