package org.counterpart.enrolment;

import java.util.List;

/** Graduates went on to further study (升学). */
public record StudentsContinuedStudies(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind, StudentStage from,
        List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsContinuedStudies {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.FURTHER_STUDY;
    }
}
