package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;

/**
 * 投递记录 — one event's delivery to one webhook: pending until the receiver answers 2xx, tried again with
 * exponential back-off after each failure, given up after the policy's last attempt; an administrator may send it
 * again. {@code version} guards against two dispatchers sending it at once.
 */
public record WebhookDelivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, Status status,
        int attempts, Integer lastResponseCode, String lastError, Instant lastAttemptAt, Instant nextAttemptAt,
        Instant createdAt, Instant deliveredAt, long version) {

    /** Where a delivery stands. */
    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    private static final int MAX_ERROR = 500;

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
    }

    /** A new delivery, due at once. */
    public static WebhookDelivery due(UUID subscriptionId, UUID eventId, String eventType, Instant now) {
        return new WebhookDelivery(TimeOrderedIds.next(), subscriptionId, eventId, eventType, Status.PENDING, 0, null, null,
                null, now, now, null, 0);
    }

    /** The receiver answered 2xx. */
    public WebhookDelivery delivered(Instant now, int responseCode) {
        return new WebhookDelivery(id, subscriptionId, eventId, eventType, Status.DELIVERED, attempts + 1, responseCode,
                null, now, null, createdAt, now, version);
    }

    /** The attempt failed (an answer other than 2xx, or none): try again later, or give up. */
    public WebhookDelivery failed(Instant now, Integer responseCode, String error, WebhookRetryPolicy policy) {
        var made = attempts + 1;
        var givingUp = policy.givesUpAfter(made);
        return new WebhookDelivery(id, subscriptionId, eventId, eventType, givingUp ? Status.FAILED : Status.PENDING,
                made, responseCode, shorten(error), now, givingUp ? null : now.plus(policy.backoffAfter(made)),
                createdAt, null, version);
    }

    /** Sent again on the next dispatch, with a fresh budget of attempts; what happened before stays on record. */
    public WebhookDelivery redeliver(Instant now) {
        return new WebhookDelivery(id, subscriptionId, eventId, eventType, Status.PENDING, 0, lastResponseCode,
                lastError, lastAttemptAt, now, createdAt, deliveredAt, version);
    }

    private static String shorten(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
