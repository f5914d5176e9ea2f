package org.counterpart.planning;

import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/** A task as the task list shows it. */
public record TaskSummary(TaskId id, int year, int number, List<RegionCode> regions, List<RegionCode> places,
        String name, OfficeCode leadOffice, List<OfficeCode> coOffices, boolean andOtherOffices, List<UnitCode> units,
        String requirements, TaskStatus status, int overdueMilestones, long version) {
}
