package org.counterpart.enrolment;

import java.util.List;

/**
 * What a student list file adds (or, applied, added) to a programme: each student with the stage they are registered
 * in — admitted, or waiting for approval beyond the quota.
 */
public record StudentImport(List<Entry> students) {

    public StudentImport {
        students = List.copyOf(students);
    }

    public record Entry(int line, String name, String maskedNationalId, String hostSchool, String major,
            StudentStage stage) {
    }

    public long awaitingApproval() {
        return students.stream().filter(s -> s.stage() == StudentStage.AWAITING_APPROVAL).count();
    }
}
