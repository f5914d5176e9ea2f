package org.counterpart.training;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/** A budget line's spending went beyond its budget (万元), with the reason given. */
public record BudgetExceeded(ProgrammeId programme, String category, BigDecimal planned, BigDecimal spent,
        String reason) implements DomainEvent {
}
