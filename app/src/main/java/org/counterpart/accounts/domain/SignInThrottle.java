package org.counterpart.accounts.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * 登录限制 — how many wrong passwords an account takes before it is closed to signing in, within how long, and for
 * how long it stays closed. Closing the account, not the caller's address, is what stops guessing one person's
 * password from many machines; the pause is short so that someone who locks another person out on purpose only delays
 * them.
 */
public record SignInThrottle(int maxFailures, Duration window, Duration pause) {

    /** Five wrong passwords within 15 minutes close the account for 15 minutes. */
    public static final SignInThrottle DEFAULT = new SignInThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public SignInThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("at least one failure before an account is paused: " + maxFailures);
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(pause, "pause");
        if (window.isNegative() || window.isZero() || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("the window and the pause are longer than nothing");
        }
    }
}
