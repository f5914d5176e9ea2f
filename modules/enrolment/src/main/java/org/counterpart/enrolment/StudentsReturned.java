package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Graduates returned to their home region (返回生源地). */
public record StudentsReturned(EnrolmentProgrammeId programme, UUID movement, int academicYear, ProgrammeKind kind,
        StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsReturned {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.RETURNED_HOME;
    }
}
