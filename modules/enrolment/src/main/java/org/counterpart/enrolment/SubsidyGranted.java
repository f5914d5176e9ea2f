package org.counterpart.enrolment;

import java.math.BigDecimal;

import org.counterpart.directory.RegionCode;
import org.jmolecules.event.types.DomainEvent;

/**
 * 贫困生经费补助 — a subsidy was granted to a student of a programme for a term: the amount in 元 and the student's
 * source region, never who.
 */
public record SubsidyGranted(SubsidyId subsidy, EnrolmentProgrammeId programme, int academicYear,
        RegionCode sourceRegion, Term term, BigDecimal amount) implements DomainEvent {
}
