package org.counterpart.accounts.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    /** The most names that are no account remembered with their wrong tries; the least recently tried go first. */
    static final int NAMES_WITHOUT_ACCOUNT_KEPT = 10_000;

    private final UserAccounts accounts;
    /** Wrong tries of names that are no enabled account: paused like accounts, so that a pause reveals nothing. */
    private final Map<Username, SignInFailures> withoutAccount = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {

                @Override
                protected boolean removeEldestEntry(Map.Entry<Username, SignInFailures> eldest) {
                    return size() > NAMES_WITHOUT_ACCOUNT_KEPT;
                }
            });
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;
    private final Clock clock;

    AccountService(UserAccounts accounts, CurrentUser currentUser, AccountsProperties properties,
            Optional<Clock> clock) {
        this.accounts = accounts;
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
                withoutAccount.compute(name, (n, kept) -> (kept == null ? SignInFailures.NONE : kept)
                        .afterFailure(clock.instant(), throttle));
            }
        });
    }

    @Override
    public boolean signInPausedWithoutAccount(String username) {
        var failures = name(username).map(withoutAccount::get);
        return failures.isPresent() && failures.get().pausedAt(clock.instant());
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
