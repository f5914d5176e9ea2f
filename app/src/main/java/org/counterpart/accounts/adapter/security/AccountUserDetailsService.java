package org.counterpart.accounts.adapter.security;

import org.counterpart.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account a sign-in names. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.forSignIn(username).map(a -> new SignedInUser(a.user(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no enabled account"));
    }
}
