package org.counterpart.accounts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.counterpart.accounts.SignInAccount;
import org.counterpart.accounts.domain.UserAccount;
import org.counterpart.accounts.domain.UserAccount.Username;
import org.counterpart.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in as the application service does it, with the accounts in memory and a clock the test moves. */
class AccountServiceTests {

    final InitialAccountsTests.InMemoryAccounts accounts = new InitialAccountsTests.InMemoryAccounts();
    Instant now = Instant.parse("2026-11-30T02:00:00Z");
    AccountService service;

    @BeforeEach
    void anAccount() {
        accounts.add(new UserAccount(new Username("wang"), "王老师", Role.VIEWER, null, null, "{bcrypt}hash", true));
        var clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        service = new AccountService(accounts, Optional::empty, new AccountsProperties(false, null,
                new AccountsProperties.SignIn(3, Duration.ofMinutes(10), Duration.ofMinutes(5))),
                "dHdvIGluc3RhbmNlcywgb25lIHNlc3Npb24ga2V5ISE=", Optional.of(clock));
    }

    SignInAccount wang() {
        return service.forSignIn("wang").orElseThrow();
    }

    @Test
    void theConfiguredNumberOfWrongPasswordsPausesSigningInForTheConfiguredTime() {
        service.signInFailed("wang");
        service.signInFailed("wang");
        assertThat(wang().paused()).isFalse();
        assertThat(wang().recentFailures()).isTrue();

        service.signInFailed("Wang ");

        assertThat(wang().paused()).as("the typed name is read as the account's").isTrue();
        now = now.plus(Duration.ofMinutes(5));
        assertThat(wang().paused()).as("five minutes later").isFalse();
        assertThat(service.signInPause()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theRightPasswordForgetsTheWrongOnes() {
        service.signInFailed("wang");
        service.signInFailed("wang");

        service.signInSucceeded("wang");

        assertThat(wang().recentFailures()).isFalse();
        service.signInFailed("wang");
        service.signInFailed("wang");
        assertThat(wang().paused()).as("counted afresh").isFalse();
    }

    @Test
    void namesThatAreNoAccountOrCannotBeOneChangeNothing() {
        service.signInFailed("nobody");
        service.signInFailed("这不是用户名");
        service.signInFailed(null);
        service.signInSucceeded("nobody");

        assertThat(accounts.byName).containsOnlyKeys("wang");
        assertThat(service.forSignIn("这不是用户名")).isEmpty();
    }

    @Test
    void aNameThatIsNoAccountIsPausedAsAnAccountWouldBeSoThatAPauseRevealsNothing() {
        service.signInFailed("nobody");
        service.signInFailed("nobody");
        assertThat(service.signInPausedWithoutAccount("nobody")).isFalse();

        service.signInFailed("Nobody ");

        assertThat(service.signInPausedWithoutAccount("nobody")).as("after as many tries as an account").isTrue();
        assertThat(service.signInPausedWithoutAccount("wang")).as("an account is paused in the database").isFalse();
        assertThat(accounts.byName).as("no account made for it").containsOnlyKeys("wang");
        assertThat(accounts.withoutAccount.keySet()).as("counted under a keyed hash, not the name").singleElement()
                .satisfies(key -> assertThat(key).matches("[0-9a-f]{64}").doesNotContain("nobody"));
        now = now.plus(Duration.ofMinutes(5));
        assertThat(service.signInPausedWithoutAccount("nobody")).as("five minutes later").isFalse();
    }

    @Test
    void aDisabledAccountIsPausedAsANameThatIsNoAccount() {
        accounts.add(new UserAccount(new Username("gone"), "离职的老师", Role.VIEWER, null, null, "{bcrypt}hash", false));
        for (int i = 0; i < 3; i++) {
            service.signInFailed("gone");
        }

        assertThat(service.signInPausedWithoutAccount("gone")).isTrue();
    }

    @Test
    void withoutSettingsFiveWrongPasswordsPauseForFifteenMinutes() {
        var defaults = new AccountsProperties(false, null, null).signIn().throttle();

        assertThat(defaults.maxFailures()).isEqualTo(5);
        assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.pause()).isEqualTo(Duration.ofMinutes(15));
    }
}
