package org.counterpart.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as the administrator sees it: never its secret. */
public record WebhookSubscriptionView(UUID id, String url, List<String> eventTypes, String label, Instant createdAt,
        String createdBy, long pending, long failed) {
}
