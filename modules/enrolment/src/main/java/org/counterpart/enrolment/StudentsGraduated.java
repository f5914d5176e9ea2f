package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Students graduated — or, in a graduate programme, were registered as graduates. */
public record StudentsGraduated(EnrolmentProgrammeId programme, UUID movement, int academicYear, ProgrammeKind kind,
        StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsGraduated {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.GRADUATED;
    }
}
