package org.counterpart.reporting;

/**
 * A subscription just created. {@code secret} is the one the system made, shown this once; {@code null} when the
 * administrator gave their own (it is never echoed).
 */
public record CreatedWebhookSubscription(WebhookSubscriptionView subscription, String secret) {
}
