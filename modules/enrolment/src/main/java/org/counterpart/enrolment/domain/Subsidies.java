package org.counterpart.enrolment.domain;

import java.math.BigDecimal;
import java.util.List;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.SubsidyTotals;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where subsidy grants are kept; a student's term is granted at most once, which the store enforces too. */
@SecondaryPort
public interface Subsidies {

    List<Subsidy> ofStudent(StudentId student);

    /** @throws org.counterpart.enrolment.EnrolmentRejected of kind CONFLICT when the term was granted meanwhile */
    void add(Subsidy subsidy, EnrolmentProgrammeId programme);

    BigDecimal totalOf(EnrolmentProgrammeId programme);

    SubsidyTotals byRegion(EnrolmentProgrammeId programme);

    SubsidyTotals byRegion(int academicYear);
}
