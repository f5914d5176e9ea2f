package org.counterpart.reporting;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Turns the other modules' domain events into the versioned events downstream systems receive (RabbitMQ and
 * webhooks). Driven by reporting's listener inside the transaction that published the domain event, so the events
 * for downstream systems are recorded in the event publication registry with the business change or not at all.
 */
@PrimaryPort
public interface IntegrationPublishing {

    /** Whether any contract type translates this event. */
    boolean translates(Object domainEvent);

    /**
     * Publishes the event's contract types.
     *
     * @param occurrence identifies this occurrence of the event; the CloudEvents ids derive from it and are stored with
     *                   the publications, so every redelivery carries the same
     * @param occurredAt when the event was published by its module
     */
    void publish(Object domainEvent, UUID occurrence, Instant occurredAt);
}
