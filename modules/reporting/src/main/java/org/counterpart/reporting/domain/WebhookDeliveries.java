package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where webhook deliveries and their log are kept. */
@SecondaryPort
public interface WebhookDeliveries {

    /** Adds the delivery unless the subscription already has one for the event; false when it had. */
    boolean addIfAbsent(WebhookDelivery delivery);

    Optional<WebhookDelivery> find(UUID id);

    /** Pending deliveries due by {@code now}, the longest due first. */
    List<WebhookDelivery> due(Instant now, int limit);

    /**
     * Takes a due delivery for sending by pushing its next attempt to {@code leaseUntil}; false when another
     * dispatcher took it first (its version moved on).
     */
    boolean claim(WebhookDelivery delivery, Instant leaseUntil);

    /** Saves what an attempt or a redelivery changed; false when someone else changed it meanwhile. */
    boolean update(WebhookDelivery delivery);

    /** One subscription's deliveries, newest first. */
    List<WebhookDelivery> ofSubscription(UUID subscription, int limit);

    long count(UUID subscription, WebhookDelivery.Status status);
}
