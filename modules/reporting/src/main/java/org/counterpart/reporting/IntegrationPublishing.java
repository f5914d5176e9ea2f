package org.counterpart.reporting;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Turns the other modules' domain events into the versioned events downstream systems receive (RabbitMQ and
 * webhooks). Driven by reporting's listener; the event publication registry makes it happen once per committed event.
 */
@PrimaryPort
public interface IntegrationPublishing {

    /** Whether any contract type translates this event. */
    boolean translates(Object domainEvent);

    /**
     * Publishes the event's contract types.
     *
     * @param occurrence identifies this occurrence of the event, the same on every redelivery
     * @param occurredAt when the event was published by its module
     */
    void publish(Object domainEvent, UUID occurrence, Instant occurredAt);
}
