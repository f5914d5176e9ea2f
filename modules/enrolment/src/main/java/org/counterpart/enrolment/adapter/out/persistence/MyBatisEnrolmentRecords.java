package org.counterpart.enrolment.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.enrolment.ChangeView;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.adapter.out.persistence.EnrolmentRecordMapper.ChangeRow;
import org.counterpart.enrolment.adapter.out.persistence.EnrolmentRecordMapper.RevealRow;
import org.counterpart.enrolment.domain.EnrolmentRecords;
import org.counterpart.enrolment.domain.RecordedChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The change record over {@code enrolment_change} and the reveal log over {@code enrolment_id_reveal}. */
@Repository
class MyBatisEnrolmentRecords implements EnrolmentRecords {

    /** The field name a reveal is listed under beside the changes. */
    static final String REVEAL = "nationalIdRevealed";

    /** Rows in one multi-row insert: 7 parameters each, well within a statement's limits. */
    private static final int WRITTEN_TOGETHER = 500;

    /** One change a statement in a JDBC batch, which Connector/J sends as multi-row inserts. */
    static final String INSERT_CHANGE = "INSERT INTO enrolment_change (programme_id, subject_id, changed_at, "
            + "changed_by, field_name, before_text, after_text) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final EnrolmentRecordMapper mapper;
    private final JdbcTemplate jdbc;

    MyBatisEnrolmentRecords(EnrolmentRecordMapper mapper, JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public void recordChanges(EnrolmentProgrammeId programme, String subject, List<RecordedChange> changes, String by,
            Instant at) {
        recordChanges(programme, Map.of(subject, changes), by, at);
    }

    @Override
    public void recordChanges(EnrolmentProgrammeId programme, Map<String, List<RecordedChange>> changesBySubject,
            String by, Instant at) {
        // The changes of a whole import (two or three a student): a JDBC batch, not MyBatis building statements of
        // thousands of parameters.
        var rows = new ArrayList<ChangeRow>();
        changesBySubject.forEach((subject, changes) -> changes.forEach(c -> rows.add(new ChangeRow(
                programme.toString(), subject, at, by, c.field(), c.before(), c.after()))));
        if (rows.isEmpty()) {
            return;
        }
        var changedAt = Timestamp.from(at);
        jdbc.batchUpdate(INSERT_CHANGE, rows, WRITTEN_TOGETHER, (statement, r) -> {
            statement.setString(1, r.programmeId());
            statement.setString(2, r.subjectId());
            statement.setTimestamp(3, changedAt);
            statement.setString(4, r.changedBy());
            statement.setString(5, r.fieldName());
            statement.setString(6, r.beforeText());
            statement.setString(7, r.afterText());
        });
    }

    @Override
    public List<ChangeView> changesOf(String subject) {
        return mapper.selectChanges(subject).stream()
                .map(r -> new ChangeView(r.changedAt(), r.changedBy(), r.fieldName(), r.beforeText(), r.afterText()))
                .toList();
    }

    @Override
    public void recordReveal(String student, String by, String reason, Instant at) {
        mapper.insertReveal(new RevealRow(student, by, at, reason));
    }

    @Override
    public List<ChangeView> revealsOf(String student) {
        return mapper.selectReveals(student).stream()
                .map(r -> new ChangeView(r.revealedAt(), r.revealedBy(), REVEAL, null, r.reason())).toList();
    }

    @Override
    public void recordStudentsShown(EnrolmentProgrammeId programme, String student, int students, String by,
            String username, Instant at) {
        mapper.insertStudentsShown(programme.toString(), student, students, by, username, at);
    }

    @Override
    public List<StudentsShown> studentsShown(EnrolmentProgrammeId programme, int last) {
        return mapper.selectStudentsShown(programme.toString(), last);
    }
}
