package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Graduates took up employment: in Shanghai, or in a partner region (西藏专招). */
public record StudentsEmployed(EnrolmentProgrammeId programme, UUID movement, int academicYear, ProgrammeKind kind,
        StudentStage from, StudentStage to, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsEmployed {
        regions = List.copyOf(regions);
        if (to != StudentStage.EMPLOYED_IN_SHANGHAI && to != StudentStage.EMPLOYED_IN_PARTNER_REGION) {
            throw new IllegalArgumentException("not an employment: " + to);
        }
    }
}
