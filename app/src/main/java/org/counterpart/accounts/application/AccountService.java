package org.counterpart.accounts.application;

import java.util.Optional;

import org.counterpart.accounts.Accounts;
import org.counterpart.accounts.SignInAccount;
import org.counterpart.accounts.domain.UserAccount;
import org.counterpart.accounts.domain.UserAccount.Username;
import org.counterpart.accounts.domain.UserAccounts;
import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    AccountService(UserAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<SignInAccount> forSignIn(String username) {
        try {
            return accounts.byUsername(new Username(username)).filter(UserAccount::isEnabled)
                    .map(a -> new SignInAccount(a.context(), a.passwordHash()));
        } catch (IllegalArgumentException notAUsername) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<UserContext> signedIn() {
        return currentUser.get();
    }
}
