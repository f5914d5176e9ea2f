package org.counterpart.planning;

import java.time.Instant;

import org.counterpart.directory.OfficeCode;
import org.jmolecules.event.types.DomainEvent;

/** A task moved from one status to another, at a moment, by a user acting for an office (none for ADMIN). */
public record TaskStatusChanged(TaskId task, int year, int number, TaskStatus from, TaskStatus to, Instant at,
        OfficeCode byOffice) implements DomainEvent {
}
