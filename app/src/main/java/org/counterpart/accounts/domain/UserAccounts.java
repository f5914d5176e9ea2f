package org.counterpart.accounts.domain;

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
}
