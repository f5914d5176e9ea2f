package org.counterpart.reporting.adapter.out.broker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code counterpart.reporting.integration.broker.*}. {@code enabled} unset means: on where a broker is configured
 * ({@code spring.rabbitmq.host} or {@code .addresses} set), off on the embedded default.
 *
 * @param exchange       the topic exchange, declared by the application (durable)
 * @param confirmTimeout how long to wait for the broker's confirm before the send counts as failed
 */
@ConfigurationProperties("counterpart.reporting.integration.broker")
record IntegrationBrokerProperties(Boolean enabled, @DefaultValue("counterpart.events") String exchange,
        @DefaultValue("10s") Duration confirmTimeout) {
}
