package org.counterpart.planning;

import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.jmolecules.event.types.DomainEvent;

/** A task joined a year's plan (by import or roll-over). */
public record TaskPlanned(TaskId task, int year, int number, List<RegionCode> regions, OfficeCode leadOffice)
        implements DomainEvent {
}
