package org.counterpart.enrolment;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reading enrolment programmes: their quotas filled, funding and subsidies. Everyone signed in may. */
@PrimaryPort
public interface EnrolmentProgrammeQueries {

    /** The academic years with programmes, latest first. */
    List<Integer> years();

    EnrolmentProgrammePage programmes(EnrolmentProgrammeQuery query);

    Optional<EnrolmentProgrammeDetails> programme(EnrolmentProgrammeId id);

    /** Subsidies granted in programmes of an academic year, by the students' source region. */
    SubsidyTotals subsidies(int academicYear);
}
