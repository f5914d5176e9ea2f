package org.counterpart.reporting.adapter.in.events;

import java.time.Clock;
import java.util.Optional;

import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.reporting.IntegrationPublishing;
import org.jmolecules.event.types.DomainEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears every domain event a contract type translates (the condition asks, so other events cost nothing) and has it
 * published for downstream systems <em>in the transaction that published it</em>: the events for downstream systems,
 * each with its CloudEvents id drawn here once, are written to the event publication registry together with the
 * business change — the transactional outbox — or not at all, if that change rolls back. Sending them (RabbitMQ,
 * webhooks) happens after the commit, retried by the registry until it completes, always under the id drawn here.
 * <p>
 * Until version 0.7 the translation ran after the commit, as a registry listener of its own, and looked its
 * publication up again to name the occurrence. That lookup read the registry's whole table by the serialized event,
 * and a translation run a second time after it had completed found no publication and drew a new id: the benchmark
 * saw 15,061 deliveries under 8,039 ids for 5,000 events (docs/performance.md).
 */
@Component
class IntegrationEventsListener {

    private final IntegrationPublishing publishing;
    private final Clock clock;

    IntegrationEventsListener(IntegrationPublishing publishing, Optional<Clock> clock) {
        this.publishing = publishing;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener(condition = "@integrationPublishing.translates(#root.args[0])")
    void on(DomainEvent event) {
        publishing.publish(event, TimeOrderedIds.next(), clock.instant());
    }
}
