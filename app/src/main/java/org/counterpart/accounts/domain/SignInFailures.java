package org.counterpart.accounts.domain;

import java.time.Instant;

/**
 * The wrong passwords typed for one account lately: how many in the current run, when the last one was, and until
 * when the account is closed to signing in — with the right password too — after too many.
 *
 * @param count wrong passwords in the current run, since the last success, pause or quiet window
 * @param lastFailedAt when the last of them was typed, or null
 * @param pausedUntil until when signing in is refused, or null
 */
public record SignInFailures(int count, Instant lastFailedAt, Instant pausedUntil) {

    /** An account nobody has typed a wrong password for lately. */
    public static final SignInFailures NONE = new SignInFailures(0, null, null);

    public SignInFailures {
        if (count < 0) {
            throw new IllegalArgumentException("a count of failures is not negative: " + count);
        }
    }

    /** Whether signing in is refused at that moment. */
    public boolean pausedAt(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** Whether there is anything to forget once the right password is typed. */
    public boolean any() {
        return count > 0 || pausedUntil != null;
    }

    /**
     * After one more wrong password at {@code now}: counted in the run when the last one was within the throttle's
     * window, else the first of a new run; the one that reaches the limit pauses the account and starts the count
     * afresh. Wrong passwords while paused are not counted, so they do not lengthen the pause.
     */
    public SignInFailures afterFailure(Instant now, SignInThrottle throttle) {
        if (pausedAt(now)) {
            return this;
        }
        var inRun = lastFailedAt != null && now.isBefore(lastFailedAt.plus(throttle.window()));
        var next = inRun ? count + 1 : 1;
        if (next >= throttle.maxFailures()) {
            return new SignInFailures(0, now, now.plus(throttle.pause()));
        }
        return new SignInFailures(next, now, null);
    }
}
