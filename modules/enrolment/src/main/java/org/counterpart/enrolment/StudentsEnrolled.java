package org.counterpart.enrolment;

import java.util.List;

/** Admitted students enrolled (报到在读). */
public record StudentsEnrolled(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind, StudentStage from,
        List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsEnrolled {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.ENROLLED;
    }
}
