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
}
