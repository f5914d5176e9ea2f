package org.counterpart.accounts;

import java.util.Optional;

import org.counterpart.directory.UserContext;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Signing in, and who is signed in. */
@PrimaryPort
public interface Accounts {

    /** The enabled account of that user name, with what signing in needs. */
    Optional<SignInAccount> forSignIn(String username);

    /** The user of the current request, if one is signed in. */
    Optional<UserContext> signedIn();
}
