package org.counterpart.enrolment;

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
}
