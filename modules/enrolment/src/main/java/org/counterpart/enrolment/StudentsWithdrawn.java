package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Students withdrew (退学、放弃) before graduating. */
public record StudentsWithdrawn(EnrolmentProgrammeId programme, UUID movement, int academicYear, ProgrammeKind kind,
        StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsWithdrawn {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.WITHDRAWN;
    }
}
