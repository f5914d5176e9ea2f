package org.counterpart.reporting.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A downstream system's webhook: the URL every matching event is POSTed to, the event types it takes (exact, or a
 * prefix ending in {@code *}), and the secret both sides sign and verify deliveries with.
 */
public record WebhookSubscription(UUID id, URI url, List<String> eventTypes, String label, String secret,
        Instant createdAt, String createdBy) {

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        eventTypes = List.copyOf(eventTypes);
    }

    /** Whether events of this type go to this webhook. */
    public boolean accepts(String eventType) {
        return eventTypes.stream().anyMatch(pattern -> pattern.endsWith("*")
                ? eventType.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(eventType));
    }
}
