package org.counterpart.enrolment;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/** An enrolment programme's quota or funding (万元) changed; the figures are the new ones. */
public record EnrolmentProgrammeRevised(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind,
        int quota, BigDecimal funding) implements DomainEvent {
}
