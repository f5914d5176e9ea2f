package org.counterpart.reporting.application;

import java.time.Duration;

import org.counterpart.reporting.domain.WebhookRetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code counterpart.reporting.webhooks.*}: how deliveries are retried. A failed attempt waits
 * {@code initialBackoff × 2^(n-1)} (at most {@code maxBackoff}); after {@code maxAttempts} the delivery is FAILED
 * until an administrator redelivers it. A dispatcher holds a delivery it sends for {@code lease}.
 */
@ConfigurationProperties("counterpart.reporting.webhooks")
public record WebhookProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("50") int batchSize,
        @DefaultValue("2m") Duration lease) {

    WebhookRetryPolicy retryPolicy() {
        return new WebhookRetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }
}
