package org.counterpart.reporting.domain;

import java.time.Duration;

/**
 * How often and how soon a failed delivery is tried again: after the n-th failed attempt it waits
 * {@code initialBackoff × 2^(n-1)}, at most {@code maxBackoff}, and gives up after {@code maxAttempts} attempts.
 */
public record WebhookRetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public WebhookRetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || initialBackoff.isZero()
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("not a retry policy: %d attempts, %s to %s".formatted(maxAttempts,
                    initialBackoff, maxBackoff));
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration backoffAfter(int failedAttempts) {
        var doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        var wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
