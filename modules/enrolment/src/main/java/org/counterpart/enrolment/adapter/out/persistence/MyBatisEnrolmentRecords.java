package org.counterpart.enrolment.adapter.out.persistence;

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
import org.springframework.stereotype.Repository;

/** The change record over {@code enrolment_change} and the reveal log over {@code enrolment_id_reveal}. */
@Repository
class MyBatisEnrolmentRecords implements EnrolmentRecords {

    /** The field name a reveal is listed under beside the changes. */
    static final String REVEAL = "nationalIdRevealed";

    /** Rows in one multi-row insert: 7 parameters each, well within a statement's limits. */
    private static final int WRITTEN_TOGETHER = 500;

    private final EnrolmentRecordMapper mapper;

    MyBatisEnrolmentRecords(EnrolmentRecordMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void recordChanges(EnrolmentProgrammeId programme, String subject, List<RecordedChange> changes, String by,
            Instant at) {
        if (!changes.isEmpty()) {
            mapper.insertChanges(changes.stream().map(c -> new ChangeRow(programme.toString(), subject, at, by,
                    c.field(), c.before(), c.after())).toList());
        }
    }

    @Override
    public void recordChanges(EnrolmentProgrammeId programme, Map<String, List<RecordedChange>> changesBySubject,
            String by, Instant at) {
        var rows = new ArrayList<ChangeRow>();
        changesBySubject.forEach((subject, changes) -> changes.forEach(c -> rows.add(new ChangeRow(
                programme.toString(), subject, at, by, c.field(), c.before(), c.after()))));
        for (int from = 0; from < rows.size(); from += WRITTEN_TOGETHER) {
            mapper.insertChanges(rows.subList(from, Math.min(rows.size(), from + WRITTEN_TOGETHER)));
        }
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
