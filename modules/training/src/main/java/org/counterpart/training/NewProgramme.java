package org.counterpart.training;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/** A programme to plan, as a row of Attachment 1 gives it (with the partner region and the plan task it serves). */
public record NewProgramme(int year, int number, String name, RegionCode region, TrainingMode mode, Funding funding,
        String partnerName, int plannedTrainees, TrainingDuration duration, UnitCode implementingUnit,
        OfficeCode coordinatingOffice, Integer planTask) {
}
