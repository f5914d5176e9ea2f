package org.counterpart.reporting.adapter.in.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.IntegrationPublishing;
import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.jmolecules.event.types.DomainEvent;
import org.counterpart.reporting.integration.PublicationRegistryAccess;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.stereotype.Component;

/**
 * Hears every domain event a contract type translates (the condition asks, so other events leave no publication)
 * and has it published for downstream systems. Runs after the business transaction commits, in its own, and the
 * event publication registry retries it until it completes.
 * <p>
 * The occurrence handed on is this listener's own publication in the registry: its id and its publication date are
 * the same on every retry, so a translation run twice yields the same CloudEvents id and time.
 */
@Component
class IntegrationEventsListener {

    static final String ID = IntegrationListenerIds.TRANSLATE;

    private final IntegrationPublishing publishing;
    private final PublicationRegistryAccess publications;
    private final Clock clock;

    IntegrationEventsListener(IntegrationPublishing publishing, PublicationRegistryAccess publications,
            Optional<Clock> clock) {
        this.publishing = publishing;
        this.publications = publications;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener(id = ID, condition = "@integrationPublishing.translates(#root.args[0])")
    void on(DomainEvent event) {
        var publication = publications.incomplete(event, ID);
        var occurrence = publication.map(EventPublication::getIdentifier).orElseGet(() -> fallbackId(event));
        Instant at = publication.map(EventPublication::getPublicationDate).orElseGet(clock::instant);
        publishing.publish(event, occurrence, at);
    }

    /** Without a registry (never in the application): the same event gives the same id. */
    private static UUID fallbackId(Object event) {
        return UUID.nameUUIDFromBytes((event.getClass().getName() + event).getBytes(StandardCharsets.UTF_8));
    }
}
