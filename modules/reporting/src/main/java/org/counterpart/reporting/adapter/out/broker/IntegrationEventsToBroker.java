package org.counterpart.reporting.adapter.out.broker;

import java.util.concurrent.CompletableFuture;

import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;

/**
 * Externalizes each event for downstream systems to the topic exchange, routed by its type without
 * {@code org.counterpart.}. As an application module listener it has a publication of its own in the registry,
 * written in the transaction that translated the event; the publication completes when the returned future does —
 * when the broker confirmed the message — and is left failed otherwise, to be resubmitted. No database work, so no
 * transaction of its own.
 */
class IntegrationEventsToBroker {

    private final RabbitIntegrationSender sender;
    private final IntegrationBrokerProperties properties;

    IntegrationEventsToBroker(RabbitIntegrationSender sender, IntegrationBrokerProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @ApplicationModuleListener(id = IntegrationListenerIds.BROKER, propagation = Propagation.NOT_SUPPORTED)
    @Async(IntegrationListenerIds.DELIVERY_EXECUTOR)
    public CompletableFuture<?> externalize(IntegrationEvent event) {
        return sender.send(properties.exchange(), event.routingKey(), event);
    }
}
