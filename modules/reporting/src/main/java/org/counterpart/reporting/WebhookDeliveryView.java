package org.counterpart.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's delivery to one webhook: {@code PENDING} (due at {@code nextAttemptAt}), {@code DELIVERED}, or
 * {@code FAILED} after the last attempt allowed; with the attempts made and what the receiver last answered.
 */
public record WebhookDeliveryView(UUID id, UUID subscriptionId, UUID eventId, String eventType, String status,
        int attempts, Integer lastResponseCode, String lastError, Instant lastAttemptAt, Instant nextAttemptAt,
        Instant createdAt, Instant deliveredAt) {
}
