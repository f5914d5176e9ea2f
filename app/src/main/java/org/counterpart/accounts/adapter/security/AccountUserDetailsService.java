package org.counterpart.accounts.adapter.security;

import org.counterpart.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account a sign-in names. Not a bean of its own: the one authentication provider uses it
 * ({@code SecurityConfiguration}); as a bean beside that provider, Spring Security warned at every start that it
 * would not use it.
 */
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.forSignIn(username).map(a -> new SignedInUser(a.user(), a.passwordHash(), a.paused(),
                a.recentFailures()))
                .orElseThrow(() -> new UsernameNotFoundException("no enabled account"));
    }
}
