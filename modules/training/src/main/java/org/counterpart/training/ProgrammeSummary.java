package org.counterpart.training;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * A training programme as lists show it, one row of Attachment 1: its number in the year's table, name, partner
 * region, mode, funding (万元), planned trainees, duration, implementing unit, the office that coordinates it and
 * the plan task it serves (that task's number in the year's plan; no link into planning's tables).
 */
public record ProgrammeSummary(ProgrammeId id, int year, int number, String name, RegionCode region, TrainingMode mode,
        Funding funding, String partnerName, int plannedTrainees, TrainingDuration duration, UnitCode implementingUnit,
        OfficeCode coordinatingOffice, Integer planTask, long version) {
}
