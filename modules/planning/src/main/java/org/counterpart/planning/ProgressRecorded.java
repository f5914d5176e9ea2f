package org.counterpart.planning;

import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * Someone recorded progress on a task.
 *
 * @param progress this record of progress's own id: two alike on one day are two events, one delivered twice is one
 */
public record ProgressRecorded(TaskId task, UUID progress, int year, int number, LocalDate date)
        implements DomainEvent {
}
