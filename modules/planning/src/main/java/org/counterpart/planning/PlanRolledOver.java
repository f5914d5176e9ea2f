package org.counterpart.planning;

import org.jmolecules.event.types.DomainEvent;

/** Next year's plan was started as a copy of this year's. */
public record PlanRolledOver(int fromYear, int toYear, int tasks) implements DomainEvent {
}
