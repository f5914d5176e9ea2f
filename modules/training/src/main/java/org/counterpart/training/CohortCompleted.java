package org.counterpart.training;

import org.jmolecules.event.types.DomainEvent;

/** A cohort finished: how many were trained and how many completed. */
public record CohortCompleted(CohortId cohort, ProgrammeId programme, int trained, long completed)
        implements DomainEvent {
}
