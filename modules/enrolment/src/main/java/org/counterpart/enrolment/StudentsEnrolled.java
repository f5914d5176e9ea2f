package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Admitted students enrolled (报到在读). */
public record StudentsEnrolled(EnrolmentProgrammeId programme, UUID movement, int academicYear, ProgrammeKind kind,
        StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsEnrolled {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.ENROLLED;
    }
}
