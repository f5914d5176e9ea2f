package org.counterpart.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Reading student records: ADMIN and the offices that oversee enrolment read all; a host school reads its own
 * students only; others read none (they see the programmes' figures).
 */
@PrimaryPort
public interface StudentQueries {

    /** A host school that asks for another school's students is refused, not given an empty page. */
    StudentPage students(StudentQuery query);

    Optional<StudentDetails> student(StudentId id);

    /**
     * The last times the programme's students were shown — every list and record read is recorded — newest first;
     * for ADMIN only (empty for anyone else).
     */
    Optional<List<Shown>> studentsShown(EnrolmentProgrammeId programme);

    /** Students' records shown: when, to whom (display name and user name), which student (null: a list), how many. */
    record Shown(Instant at, String by, String username, StudentId student, int students) {
    }
}
