package org.counterpart.planning;

import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** Someone recorded progress on a task. */
public record ProgressRecorded(TaskId task, int year, int number, LocalDate date) implements DomainEvent {
}
