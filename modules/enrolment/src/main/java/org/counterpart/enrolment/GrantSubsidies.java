package org.counterpart.enrolment;

import java.math.BigDecimal;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * 贫困生经费补助 — granting a subsidy to a student registered as a poor household (建档立卡) who is or was at school,
 * once per term: ADMIN, the programme's coordinating office, or the student's host school.
 */
@PrimaryPort
public interface GrantSubsidies {

    SubsidyView grant(StudentId student, Term term, BigDecimal amount, String purpose);
}
