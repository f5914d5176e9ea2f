package org.counterpart.reporting.domain;

import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.integration.IntegrationEvent;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The events for downstream systems that webhooks still deliver or may redeliver, exactly as first translated. */
@SecondaryPort
public interface IntegrationEventLog {

    /** Keeps the event unless it is kept already. */
    void recordIfAbsent(IntegrationEvent event);

    Optional<IntegrationEvent> find(UUID id);
}
