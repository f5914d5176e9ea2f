package org.counterpart.reporting;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.event.types.DomainEvent;

/** Keeps the statistics current: driven by the other modules' events. */
@PrimaryPort
public interface RecordStatistics {

    /**
     * Logs the event and applies it to the statistics — once: an event with an identity of its own (a task planned,
     * a subsidy granted) that is already logged changes nothing. Events the statistics do not keep are ignored.
     *
     * @return whether the event was applied
     */
    boolean receive(DomainEvent event);
}
