package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Graduates went on to further study (升学). */
public record StudentsContinuedStudies(EnrolmentProgrammeId programme, UUID movement, int academicYear,
        ProgrammeKind kind, StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsContinuedStudies {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.FURTHER_STUDY;
    }
}
