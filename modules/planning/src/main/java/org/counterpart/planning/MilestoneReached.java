package org.counterpart.planning;

import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** A task's milestone was reached on a day. */
public record MilestoneReached(TaskId task, int year, int number, UUID milestone, LocalDate due, LocalDate reachedOn)
        implements DomainEvent {
}
