package org.counterpart.training;

import org.jmolecules.event.types.DomainEvent;

/** A cohort started, with how many trainees on its roster. */
public record CohortStarted(CohortId cohort, ProgrammeId programme, int trainees) implements DomainEvent {
}
