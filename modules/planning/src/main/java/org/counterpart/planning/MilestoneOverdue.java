package org.counterpart.planning;

import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** A task's milestone passed its due day unreached (flagged once, by the daily check). */
public record MilestoneOverdue(TaskId task, int year, int number, UUID milestone, LocalDate due) implements DomainEvent {
}
