package org.counterpart.enrolment;

import java.util.List;

/** Graduates took up employment: in Shanghai, or in a partner region (西藏专招). */
public record StudentsEmployed(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind,
        StudentStage from, StudentStage to, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsEmployed {
        regions = List.copyOf(regions);
        if (to != StudentStage.EMPLOYED_IN_SHANGHAI && to != StudentStage.EMPLOYED_IN_PARTNER_REGION) {
            throw new IllegalArgumentException("not an employment: " + to);
        }
    }
}
