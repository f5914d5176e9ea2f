package org.counterpart.enrolment;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Registering students and moving them through their stages: a host school for its own students, ADMIN for all.
 * Admissions beyond the quota wait for ADMIN's approval; ADMIN's own are approved as made.
 */
@PrimaryPort
public interface ManageStudents {

    StudentDetails admit(EnrolmentProgrammeId programme, NewStudent student);

    /** Reads every row and says what applying it would add; changes nothing. */
    StudentImport previewImport(EnrolmentProgrammeId programme, List<StudentRow> rows);

    /** Adds every row or, if any row is wrong, none: {@link StudentImportRejected} lists them all. */
    StudentImport importStudents(EnrolmentProgrammeId programme, List<StudentRow> rows);

    /** Moves a student to the next stage; a withdrawal needs a reason. */
    StudentDetails move(StudentId student, StudentStage to, String reason, long seenVersion);

    /** The full national ID number, for ADMIN, on explicit request, with the reason; every reveal is recorded. */
    String revealNationalId(StudentId student, String reason);
}
