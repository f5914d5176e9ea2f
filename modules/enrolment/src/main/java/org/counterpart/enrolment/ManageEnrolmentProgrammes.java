package org.counterpart.enrolment;

import java.math.BigDecimal;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Planning programmes (ADMIN) and revising their quotas and funding (ADMIN, or the office that coordinates them). */
@PrimaryPort
public interface ManageEnrolmentProgrammes {

    EnrolmentProgrammeDetails plan(NewEnrolmentProgramme programme);

    /**
     * Sets the funding (万元, {@code null} for none) and the quota lines; {@code seenVersion} is the version the
     * user saw, so that nobody overwrites a change they did not see.
     */
    EnrolmentProgrammeDetails revise(EnrolmentProgrammeId id, BigDecimal funding, List<QuotaLine> quotas,
            long seenVersion);
}
