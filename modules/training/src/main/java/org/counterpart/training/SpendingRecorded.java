package org.counterpart.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * Spending (万元) was recorded against a programme's budget line.
 *
 * @param spending the spending entry's id: two entries alike are two events, one delivered twice is still one
 */
public record SpendingRecorded(ProgrammeId programme, UUID spending, String category, LocalDate spentOn,
        BigDecimal amount) implements DomainEvent {
}
