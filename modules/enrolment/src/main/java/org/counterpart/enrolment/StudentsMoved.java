package org.counterpart.enrolment;

import java.util.List;
import java.util.UUID;

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

    /**
     * This movement's own id: two movements alike (two students of one region admitted one after the other) are two
     * events, and one delivered twice is still one.
     */
    UUID movement();

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

    /** The event for students moving into {@code to}, as a movement of its own. */
    static StudentsMoved of(EnrolmentProgrammeId programme, int academicYear, ProgrammeKind kind, StudentStage from,
            StudentStage to, List<RegionCount> regions) {
        var movement = UUID.randomUUID();
        return switch (to) {
            case AWAITING_APPROVAL ->
                new StudentsAwaitingApproval(programme, movement, academicYear, kind, from, regions);
            case ADMITTED -> new StudentsAdmitted(programme, movement, academicYear, kind, from, regions);
            case ENROLLED -> new StudentsEnrolled(programme, movement, academicYear, kind, from, regions);
            case GRADUATED -> new StudentsGraduated(programme, movement, academicYear, kind, from, regions);
            case EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION ->
                new StudentsEmployed(programme, movement, academicYear, kind, from, to, regions);
            case RETURNED_HOME -> new StudentsReturned(programme, movement, academicYear, kind, from, regions);
            case FURTHER_STUDY ->
                new StudentsContinuedStudies(programme, movement, academicYear, kind, from, regions);
            case WITHDRAWN -> new StudentsWithdrawn(programme, movement, academicYear, kind, from, regions);
        };
    }
}
