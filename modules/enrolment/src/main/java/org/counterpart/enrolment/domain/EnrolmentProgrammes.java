package org.counterpart.enrolment.domain;

import java.util.List;
import java.util.Optional;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePage;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.directory.RegionCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where enrolment programmes and their quota lines are kept; lists come with their quotas filled. */
@SecondaryPort
public interface EnrolmentProgrammes {

    List<Integer> years();

    EnrolmentProgrammePage find(EnrolmentProgrammeQuery query);

    Optional<EnrolmentProgramme> byId(EnrolmentProgrammeId id);

    /** Takes the programme's row lock until the transaction ends, so admissions against its quota queue up. */
    Optional<EnrolmentProgramme> lock(EnrolmentProgrammeId id);

    boolean exists(int academicYear, ProgrammeKind kind, RegionCode region);

    /** The programme's quota lines with the students holding each, by stage. */
    List<QuotaFill> fill(EnrolmentProgramme programme);

    void add(EnrolmentProgramme programme);

    /** @throws org.counterpart.enrolment.EnrolmentRejected of kind CONFLICT when someone saved it meanwhile */
    void update(EnrolmentProgramme programme);
}
