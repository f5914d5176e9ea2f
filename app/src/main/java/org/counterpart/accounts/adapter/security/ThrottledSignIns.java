package org.counterpart.accounts.adapter.security;

import org.counterpart.accounts.Accounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserCache;

/**
 * Every sign-in, by the form or by HTTP Basic, counts its wrong passwords against the account ({@link Accounts}):
 * after too many, the account is paused and Spring Security refuses it — right password or not — with a
 * {@link org.springframework.security.authentication.LockedException} until the pause ends. The right password
 * forgets the count. The count lives with the account in the database, so every instance sees it; the account
 * remembered for HTTP Basic ({@link RecentlySignedInUsers}) is forgotten at each change, so that this instance sees it
 * at once.
 */
final class ThrottledSignIns implements AuthenticationProvider {

    private final AuthenticationProvider checked;
    private final Accounts accounts;
    private final UserCache rememberedUsers;

    ThrottledSignIns(AuthenticationProvider checked, Accounts accounts, UserCache rememberedUsers) {
        this.checked = checked;
        this.accounts = accounts;
        this.rememberedUsers = rememberedUsers;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication signedIn;
        try {
            signedIn = checked.authenticate(authentication);
        } catch (BadCredentialsException wrongPassword) {
            // A name that is no account was already paused: refused as a paused account is, so the two look alike.
            boolean pausedWithoutAccount = accounts.signInPausedWithoutAccount(authentication.getName());
            rememberedUsers.removeUserFromCache(authentication.getName());
            accounts.signInFailed(authentication.getName());
            if (pausedWithoutAccount) {
                throw new LockedException("paused", wrongPassword);
            }
            throw wrongPassword;
        }
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user && user.recentFailures()) {
            rememberedUsers.removeUserFromCache(user.getUsername());
            accounts.signInSucceeded(user.getUsername());
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checked.supports(authentication);
    }
}
