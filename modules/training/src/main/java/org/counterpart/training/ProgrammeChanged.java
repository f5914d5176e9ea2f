package org.counterpart.training;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/** A programme's funding (万元) or planned trainees changed: what they are now. */
public record ProgrammeChanged(ProgrammeId programme, int year, BigDecimal commissionFunding,
        BigDecimal partnerFunding, int plannedTrainees) implements DomainEvent {
}
