package org.counterpart.reporting.integration;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;

/**
 * Reads Spring Modulith's event publication repository: the incomplete publications, and which listener each is for.
 * Absent (nothing listed) where the application runs without a registry.
 */
@Component
public class PublicationRegistryAccess {

    private final EventPublicationRepository repository;

    public PublicationRegistryAccess(ObjectProvider<EventPublicationRepository> repository) {
        this.repository = repository.getIfAvailable();
    }

    /** Every incomplete publication (not completed, or failed), oldest first. */
    public List<EventPublication> incomplete() {
        if (repository == null) {
            return List.of();
        }
        return repository.findIncompletePublications().stream().map(EventPublication.class::cast).toList();
    }

    /** The id of the listener a publication is for. */
    public String listenerOf(EventPublication publication) {
        return publication instanceof TargetEventPublication target ? target.getTargetIdentifier().getValue() : "?";
    }
}
