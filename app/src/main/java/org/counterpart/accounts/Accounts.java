package org.counterpart.accounts;

import java.time.Duration;
import java.util.Optional;

import org.counterpart.directory.UserContext;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Signing in, and who is signed in. */
@PrimaryPort
public interface Accounts {

    /** The enabled account of that user name, with what signing in needs. */
    Optional<SignInAccount> forSignIn(String username);

    /**
     * A wrong password was typed for that user name: counted against the account, which is paused after too many. A
     * name that is no account (or a disabled one) is counted and paused the same way, in this instance's memory, so
     * that a pause does not tell whether an account of that name exists.
     */
    void signInFailed(String username);

    /** Whether a name that is no enabled account is paused now, as an account would be after as many tries. */
    boolean signInPausedWithoutAccount(String username);

    /** The right password was typed: the account's recent wrong passwords are forgotten. */
    void signInSucceeded(String username);

    /** How long signing in stays paused after too many wrong passwords. */
    Duration signInPause();

    /** The user of the current request, if one is signed in. */
    Optional<UserContext> signedIn();
}
