package org.counterpart.reporting;

import java.util.List;

/**
 * A webhook to add: where to POST, which event types (exact, or a prefix ending in {@code *}), a label, and the
 * shared secret that signs each delivery (at least 16 characters; left empty, one is made and shown once).
 */
public record NewWebhookSubscription(String url, List<String> eventTypes, String label, String secret) {
}
