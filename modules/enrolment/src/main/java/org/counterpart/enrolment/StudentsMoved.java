package org.counterpart.enrolment;

import java.util.List;

import org.counterpart.directory.RegionCode;
import org.jmolecules.event.types.DomainEvent;

/**
 * Students of one programme moved from one stage to another — counts by source region only, never who. {@code from}
 * is {@code null} for students just registered. Each stage has its own event type; listeners that keep counts by
 * stage can take them all through this interface.
 */
public sealed interface StudentsMoved extends DomainEvent
        permits StudentsAdmitted, StudentsEnrolled, StudentsGraduated, StudentsEmployed, StudentsReturned,
        StudentsContinuedStudies, StudentsWithdrawn, StudentsAwaitingApproval {

    EnrolmentProgrammeId programme();

    int academicYear();

    ProgrammeKind kind();

    StudentStage from();

    StudentStage to();

    List<RegionCount> regions();

    /** How many students of one source region moved. */
    record RegionCount(RegionCode region, int students) {
    }

    default int students() {
        return regions().stream().mapToInt(RegionCount::students).sum();
    }

    /** The event for students moving into {@code to}. */
    static StudentsMoved of(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind, StudentStage from,
            StudentStage to, List<RegionCount> regions) {
        return switch (to) {
            case AWAITING_APPROVAL -> new StudentsAwaitingApproval(programme, academicYear, kind, from, regions);
            case ADMITTED -> new StudentsAdmitted(programme, academicYear, kind, from, regions);
            case ENROLLED -> new StudentsEnrolled(programme, academicYear, kind, from, regions);
            case GRADUATED -> new StudentsGraduated(programme, academicYear, kind, from, regions);
            case EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION ->
                new StudentsEmployed(programme, academicYear, kind, from, to, regions);
            case RETURNED_HOME -> new StudentsReturned(programme, academicYear, kind, from, regions);
            case FURTHER_STUDY -> new StudentsContinuedStudies(programme, academicYear, kind, from, regions);
            case WITHDRAWN -> new StudentsWithdrawn(programme, academicYear, kind, from, regions);
        };
    }
}
