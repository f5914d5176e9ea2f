package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTests {

    /** BCrypt as the application uses it, counting its checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        int checks;

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingEncoder bcrypt = new CountingEncoder();
    final MovableClock clock = new MovableClock();
    final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, Duration.ofMinutes(5), 3, clock);
    final String hash = passwords.encode("对口支援2026");

    @Test
    void aPasswordThatMatchedIsAcceptedAgainWithoutBcryptUntilItIsForgotten() {
        assertThat(hash).startsWith("{bcrypt}");

        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(1);

        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void aWrongPasswordAlwaysPaysTheFullCheckAndIsNeverRemembered() {
        assertThat(passwords.matches("对口支援2026", hash)).isTrue();

        assertThat(passwords.matches("wrong", hash)).isFalse();
        assertThat(passwords.matches("wrong", hash)).isFalse();
        assertThat(passwords.matches("对口支援2026 ", hash)).isFalse();

        assertThat(bcrypt.checks).isEqualTo(4);
        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordIsNotMatchedByWhatWasRememberedOfTheOldOne() {
        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        var newHash = passwords.encode("新的密码");

        assertThat(passwords.matches("对口支援2026", newHash)).isFalse();
        assertThat(passwords.matches("新的密码", newHash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(3);
    }

    @Test
    void theSamePasswordOfTwoAccountsIsRememberedForEachHashApart() {
        var other = passwords.encode("对口支援2026");
        assertThat(other).isNotEqualTo(hash);

        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        assertThat(passwords.matches("对口支援2026", other)).isTrue();

        assertThat(bcrypt.checks).isEqualTo(2);
        assertThat(passwords.remembered()).isEqualTo(2);
    }

    @Test
    void pastItsCapacityItForgetsRatherThanGrows() {
        for (int i = 0; i < 5; i++) {
            var h = passwords.encode("pw" + i);
            assertThat(passwords.matches("pw" + i, h)).isTrue();
            assertThat(passwords.remembered()).isLessThanOrEqualTo(3);
        }
        assertThat(passwords.remembered()).isEqualTo(2);
        assertThat(passwords.matches("pw5", passwords.encode("pw5"))).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        var h = passwords.encode("late");
        assertThat(passwords.matches("late", h)).isTrue();

        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void nothingInItHoldsThePassword() throws Exception {
        assertThat(passwords.matches("对口支援2026", hash)).isTrue();
        var field = RecentlyVerifiedPasswords.class.getDeclaredField("verified");
        field.setAccessible(true);

        assertThat(field.get(passwords).toString()).doesNotContain("对口支援2026").doesNotContain(hash);
    }
}
