package org.counterpart.enrolment;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * A student as lists show them: the national ID number only masked (5401**********1234).
 *
 * @param overQuota admitted beyond the quota (with approval, or waiting for it)
 */
public record StudentSummary(StudentId id, EnrolmentProgrammeId programme, String name, Gender gender,
        String ethnicity, String maskedNationalId, RegionCode sourceRegion, String county, boolean poverty,
        UnitCode hostSchool, String major, int cohortYear, StudentStage stage, String withdrawalReason,
        boolean overQuota, long version) {
}
