package org.counterpart.accounts.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.counterpart.accounts.Accounts;
import org.counterpart.accounts.SignInAccount;
import org.counterpart.accounts.domain.SignInFailures;
import org.counterpart.accounts.domain.SignInThrottle;
import org.counterpart.accounts.domain.UserAccount;
import org.counterpart.accounts.domain.UserAccount.Username;
import org.counterpart.accounts.domain.UserAccounts;
import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.UserContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private final UserAccounts accounts;
    /** Keys the names that are no account, so that their wrong tries are counted without storing what was typed. */
    private final SignInNameKeys nameKeys;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;
    private final Clock clock;

    AccountService(UserAccounts accounts, CurrentUser currentUser, AccountsProperties properties,
            @Value("${counterpart.accounts.session-key:}") String sessionKey, Optional<Clock> clock) {
        this.accounts = accounts;
        this.nameKeys = new SignInNameKeys(sessionKey);
        this.currentUser = currentUser;
        this.throttle = properties.signIn().throttle();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public Optional<SignInAccount> forSignIn(String username) {
        return name(username).flatMap(accounts::byUsername).filter(UserAccount::isEnabled)
                .map(a -> new SignInAccount(a.context(), a.passwordHash(),
                        a.signInFailures().pausedAt(clock.instant()), a.signInFailures().any()));
    }

    @Override
    @Transactional
    public void signInFailed(String username) {
        name(username).ifPresent(name -> {
            var enabled = accounts.byUsername(name).filter(UserAccount::isEnabled).isPresent();
            var failures = enabled ? accounts.signInFailuresForUpdate(name) : Optional.<SignInFailures>empty();
            if (failures.isPresent()) {
                accounts.saveSignInFailures(name, failures.get().afterFailure(clock.instant(), throttle));
            } else {
                // Counted in the database, as an account's are, so that every instance pauses the name alike.
                var now = clock.instant();
                var key = nameKeys.of(name);
                accounts.saveSignInFailuresWithoutAccount(key,
                        accounts.signInFailuresWithoutAccountForUpdate(key).afterFailure(now, throttle));
                accounts.forgetSignInFailuresWithoutAccount(now.minus(throttle.window().compareTo(throttle.pause()) > 0
                        ? throttle.window() : throttle.pause()));
            }
        });
    }

    @Override
    public boolean signInPausedWithoutAccount(String username) {
        return name(username).map(name -> accounts.signInFailuresWithoutAccount(nameKeys.of(name)))
                .filter(failures -> failures.pausedAt(clock.instant())).isPresent();
    }

    @Override
    @Transactional
    public void signInSucceeded(String username) {
        name(username).ifPresent(name -> accounts.signInFailuresForUpdate(name).filter(SignInFailures::any)
                .ifPresent(failures -> accounts.saveSignInFailures(name, SignInFailures.NONE)));
    }

    @Override
    public Duration signInPause() {
        return throttle.pause();
    }

    @Override
    public Optional<UserContext> signedIn() {
        return currentUser.get();
    }

    /** What was typed as a user name, if it can be one. */
    private static Optional<Username> name(String typed) {
        try {
            return Optional.of(new Username(typed));
        } catch (IllegalArgumentException | NullPointerException notAUsername) {
            return Optional.empty();
        }
    }
}
