package org.counterpart.training;

import java.math.BigDecimal;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.jmolecules.event.types.DomainEvent;

/** A training programme joined a year's plan, with its funding (万元) and planned trainees. */
public record ProgrammePlanned(ProgrammeId programme, int year, RegionCode region, TrainingMode mode,
        BigDecimal commissionFunding, BigDecimal partnerFunding, int plannedTrainees, UnitCode implementingUnit,
        Integer planTask) implements DomainEvent {
}
