package org.counterpart.reporting.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.counterpart.reporting.PublicationAdministration;
import org.counterpart.reporting.PublicationSummary;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.counterpart.reporting.integration.PublicationRegistryAccess;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;

/**
 * Reads Spring Modulith's event publication registry for the administrator and resubmits what has not completed.
 * The scheduled retry takes only the publications of the events for downstream systems (their translation, the
 * RabbitMQ externalizer, the webhook fan-out); the administrator's button takes every incomplete one.
 */
@Service
class PublicationService implements PublicationAdministration {

    private final PublicationRegistryAccess registry;
    private final IncompleteEventPublications incomplete;
    private final IntegrationProperties properties;
    private final Clock clock;

    PublicationService(PublicationRegistryAccess registry, IncompleteEventPublications incomplete,
            IntegrationProperties properties, Optional<Clock> clock) {
        this.registry = registry;
        this.incomplete = incomplete;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<PublicationSummary> incomplete() {
        return registry.incomplete().stream()
                .sorted(Comparator.comparing(EventPublication::getPublicationDate))
                .map(p -> new PublicationSummary(p.getIdentifier(), p.getEvent().getClass().getName(),
                        registry.listenerOf(p), p.getPublicationDate(),
                        p.getStatus() == null ? null : p.getStatus().name(), p.getCompletionAttempts(),
                        p.getLastResubmissionDate()))
                .toList();
    }

    @Override
    public int resubmitIncomplete() {
        return resubmit(p -> true);
    }

    @Override
    public int resubmitOutstandingIntegration() {
        var now = clock.instant();
        return resubmit(p -> isForDownstream(p) && dueAgain(p, now));
    }

    /** A publication resubmitted before waits longer each time (exponential back-off, capped). */
    private boolean dueAgain(EventPublication publication, java.time.Instant now) {
        var last = publication.getLastResubmissionDate();
        return last == null || !last.plus(properties.resubmitBackoffAfter(publication.getCompletionAttempts()))
                .isAfter(now);
    }

    private boolean isForDownstream(EventPublication publication) {
        return publication.getEvent() instanceof IntegrationEvent
                || IntegrationListenerIds.TRANSLATE.equals(registry.listenerOf(publication));
    }

    private int resubmit(Predicate<EventPublication> which) {
        var before = clock.instant().minus(properties.resubmitOlderThan());
        var count = new AtomicInteger();
        incomplete.resubmitIncompletePublications(p -> {
            var take = p.getPublicationDate().isBefore(before) && which.test(p);
            if (take) {
                count.incrementAndGet();
            }
            return take;
        });
        return count.get();
    }
}
