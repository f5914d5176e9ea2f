package org.counterpart.accounts.domain;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where user accounts are kept. */
@SecondaryPort
public interface UserAccounts {

    Optional<UserAccount> byUsername(UserAccount.Username username);

    void add(UserAccount account);

    /** How many enabled administrators there are. */
    long countEnabledAdministrators();

    /**
     * The account's recent wrong passwords, held against every other instance until the transaction ends, so that two
     * sign-ins failing at once on two instances both count. Empty when there is no such account.
     */
    Optional<SignInFailures> signInFailuresForUpdate(UserAccount.Username username);

    void saveSignInFailures(UserAccount.Username username, SignInFailures failures);

    /**
     * The recent wrong tries of a name that is no enabled account, by its key (a keyed hash of the name: the name is
     * not stored), held against every other instance until the transaction ends; none when there were none.
     */
    SignInFailures signInFailuresWithoutAccountForUpdate(String nameKey);

    /** The same, read without holding it. */
    SignInFailures signInFailuresWithoutAccount(String nameKey);

    void saveSignInFailuresWithoutAccount(String nameKey, SignInFailures failures);

    /** Forgets the names whose last wrong try was before then and whose pause, if any, is over by then. */
    void forgetSignInFailuresWithoutAccount(Instant before);
}
