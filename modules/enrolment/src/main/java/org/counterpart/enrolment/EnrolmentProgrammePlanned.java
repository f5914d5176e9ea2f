package org.counterpart.enrolment;

import java.math.BigDecimal;

import org.counterpart.directory.RegionCode;
import org.jmolecules.event.types.DomainEvent;

/**
 * An enrolment programme was planned: its kind, source region, the task it serves, its quota (seats over all host
 * schools) and its funding in 万元 (zero where the notice funds it elsewhere).
 */
public record EnrolmentProgrammePlanned(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind,
        RegionCode sourceRegion, Integer planTask, int quota, BigDecimal funding) implements DomainEvent {
}
