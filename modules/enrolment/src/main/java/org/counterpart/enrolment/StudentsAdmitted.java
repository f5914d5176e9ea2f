package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Students were admitted (录取) — newly, or approved beyond the quota. */
public record StudentsAdmitted(EnrolmentProgrammeId programme, UUID movement, int academicYear, ProgrammeKind kind,
        StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsAdmitted {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.ADMITTED;
    }
}
