package org.counterpart.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInFailuresTests {

    static final SignInThrottle THROTTLE = new SignInThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    static final Instant NINE = Instant.parse("2026-11-30T01:00:00Z");

    static SignInFailures failTimes(int times, Instant from, Duration apart) {
        var failures = SignInFailures.NONE;
        for (int i = 0; i < times; i++) {
            failures = failures.afterFailure(from.plus(apart.multipliedBy(i)), THROTTLE);
        }
        return failures;
    }

    @Test
    void wrongPasswordsBelowTheLimitAreCountedButDoNotPause() {
        var failures = failTimes(2, NINE, Duration.ofMinutes(1));

        assertThat(failures.count()).isEqualTo(2);
        assertThat(failures.lastFailedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(1)));
        assertThat(failures.pausedAt(NINE.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(failures.any()).isTrue();
    }

    @Test
    void theWrongPasswordThatReachesTheLimitPausesTheAccountForThePause() {
        var failures = failTimes(3, NINE, Duration.ofMinutes(1));
        var third = NINE.plus(Duration.ofMinutes(2));

        assertThat(failures.pausedUntil()).isEqualTo(third.plus(Duration.ofMinutes(10)));
        assertThat(failures.pausedAt(third)).isTrue();
        assertThat(failures.pausedAt(third.plus(Duration.ofMinutes(9)))).isTrue();
        assertThat(failures.pausedAt(third.plus(Duration.ofMinutes(10)))).as("paused until, not through").isFalse();
        assertThat(failures.count()).as("the count starts afresh").isZero();
    }

    @Test
    void wrongPasswordsWhilePausedNeitherCountNorLengthenThePause() {
        var paused = failTimes(3, NINE, Duration.ofMinutes(1));

        var later = paused.afterFailure(NINE.plus(Duration.ofMinutes(5)), THROTTLE);

        assertThat(later).isEqualTo(paused);
    }

    @Test
    void afterThePauseTheLimitIsCountedAgain() {
        var paused = failTimes(3, NINE, Duration.ofMinutes(1));
        var afterPause = paused.pausedUntil();

        var again = paused.afterFailure(afterPause, THROTTLE);

        assertThat(again.count()).as("within the window of the last one, so counted in its run").isEqualTo(1);
        assertThat(again.pausedAt(afterPause)).isFalse();
        assertThat(again.afterFailure(afterPause, THROTTLE).afterFailure(afterPause, THROTTLE).pausedAt(afterPause))
                .isTrue();
    }

    @Test
    void aWrongPasswordAfterAQuietWindowStartsANewRun() {
        var two = failTimes(2, NINE, Duration.ofMinutes(1));

        var muchLater = two.afterFailure(NINE.plus(Duration.ofMinutes(16)), THROTTLE);

        assertThat(muchLater.count()).isEqualTo(1);
        assertThat(muchLater.pausedUntil()).isNull();
    }

    @Test
    void wrongPasswordsSpreadWiderThanTheWindowNeverPause() {
        var spread = failTimes(10, NINE, Duration.ofMinutes(16));

        assertThat(spread.count()).isEqualTo(1);
        assertThat(spread.pausedUntil()).isNull();
    }

    @Test
    void nothingToForgetOnANewAccount() {
        assertThat(SignInFailures.NONE.any()).isFalse();
        assertThat(SignInFailures.NONE.pausedAt(NINE)).isFalse();
    }

    @Test
    void aThrottleNeedsALimitAWindowAndAPause() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottle(0, Duration.ofMinutes(1),
                Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottle(5, Duration.ZERO,
                Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottle(5, Duration.ofMinutes(1),
                Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInFailures(-1, null, null));
    }
}
