package org.counterpart.reporting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where webhook subscriptions are kept. */
@SecondaryPort
public interface WebhookSubscriptions {

    void add(WebhookSubscription subscription);

    Optional<WebhookSubscription> find(UUID id);

    /** Oldest first. */
    List<WebhookSubscription> all();

    /** Removes the subscription with its deliveries; false when there was none. */
    boolean remove(UUID id);
}
