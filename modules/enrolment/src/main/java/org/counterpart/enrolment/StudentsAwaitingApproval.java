package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

/** Students were admitted beyond the quota by a school and wait for the commission office's approval. */
public record StudentsAwaitingApproval(EnrolmentProgrammeId programme, UUID movement, int academicYear,
        ProgrammeKind kind, StudentStage from, List<StudentsMoved.RegionCount> regions) implements StudentsMoved {

    public StudentsAwaitingApproval {
        regions = List.copyOf(regions);
    }

    @Override
    public StudentStage to() {
        return StudentStage.AWAITING_APPROVAL;
    }
}
