package org.counterpart.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** Spending (万元) was recorded against a programme's budget line. */
public record SpendingRecorded(ProgrammeId programme, String category, LocalDate spentOn, BigDecimal amount)
        implements DomainEvent {
}
