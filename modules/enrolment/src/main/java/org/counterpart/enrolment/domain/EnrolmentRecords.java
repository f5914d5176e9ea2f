package org.counterpart.enrolment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.counterpart.enrolment.ChangeView;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The record of every change to a programme or student (who, when, before and after), of every reveal of a
 * national ID number and of every showing of students' records. Only ever added to.
 */
@SecondaryPort
public interface EnrolmentRecords {

    /** @param subject the programme's or the student's id */
    void recordChanges(EnrolmentProgrammeId programme, String subject, List<RecordedChange> changes, String by,
            Instant at);

    /**
     * The changes of several subjects made at once (a student import), written together rather than one statement
     * per subject.
     *
     * @param changesBySubject the changes of each subject (a student's id), in the order given
     */
    void recordChanges(EnrolmentProgrammeId programme, Map<String, List<RecordedChange>> changesBySubject, String by,
            Instant at);

    List<ChangeView> changesOf(String subject);

    void recordReveal(String student, String by, String reason, Instant at);

    List<ChangeView> revealsOf(String student);

    /**
     * Records that students' records were shown: a programme's list ({@code student} null) or one student's record.
     */
    void recordStudentsShown(EnrolmentProgrammeId programme, String student, int students, String by, String username,
            Instant at);

    /** The last times a programme's students were shown, newest first. */
    List<StudentsShown> studentsShown(EnrolmentProgrammeId programme, int last);

    /** Students' records shown: when, to whom (display name and user name), which student (none: a list), how many. */
    record StudentsShown(Instant at, String byName, String username, String student, int students) {
    }
}
