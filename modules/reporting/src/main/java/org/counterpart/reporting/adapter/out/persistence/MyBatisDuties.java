package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.adapter.out.persistence.DutyMapper.DutyRow;
import org.counterpart.reporting.adapter.out.persistence.DutyMapper.ReporterParam;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.DutyChange;
import org.springframework.stereotype.Repository;

/** Reporting duties over MyBatis. */
@Repository
class MyBatisDuties implements Duties {

    private final DutyMapper mapper;
    private final MyBatisReportChanges changes;

    MyBatisDuties(DutyMapper mapper, MyBatisReportChanges changes) {
        this.mapper = mapper;
        this.changes = changes;
    }

    @Override
    public Optional<Duty> byId(DutyId id) {
        return Optional.ofNullable(mapper.selectDuty(id.toString())).map(MyBatisDuties::duty);
    }

    @Override
    public List<Duty> find(Integer fromYear, Integer toYear, Collection<Reporter> reporters, ReportKind kind) {
        return mapper.selectDuties(fromYear, toYear,
                reporters.stream().map(r -> new ReporterParam(r.type().name(), r.code())).toList(),
                kind == null ? null : kind.name()).stream().map(MyBatisDuties::duty).toList();
    }

    @Override
    public boolean anyOfYear(int year) {
        return mapper.countOfYear(year) > 0;
    }

    @Override
    public void add(Duty duty) {
        mapper.insertDuty(row(duty));
        changes.changed();
    }

    @Override
    public void update(Duty duty) {
        if (mapper.updateDuty(row(duty)) == 0) {
            throw ReportRejected.conflict("reporting.duty.changed-meanwhile");
        }
        changes.changed();
    }

    @Override
    public void delete(Duty duty) {
        mapper.deleteReminders(duty.getId().toString());
        if (mapper.deleteDuty(duty.getId().toString(), duty.version()) == 0) {
            throw ReportRejected.conflict("reporting.duty.changed-meanwhile");
        }
        changes.changed();
    }

    @Override
    public void recordChanges(DutyId duty, List<DutyChange> lines, String by, Instant at) {
        if (!lines.isEmpty()) {
            mapper.insertChanges(duty.toString(), lines, by, at);
        }
    }

    @Override
    public List<RecordedChange> changesOf(DutyId duty) {
        return mapper.selectChanges(duty.toString()).stream().map(r -> new RecordedChange(r.changedAt(), r.changedBy(),
                r.field(), r.beforeText(), r.afterText())).toList();
    }

    private static Duty duty(DutyRow r) {
        return new Duty(DutyId.parse(r.id()), r.dutyYear(), MyBatisReports.reporter(r.reporterType(), r.reporterCode()),
                MyBatisReports.subject(r.subjectType(), r.subjectRef()), r.subjectLabel(),
                ReportKind.valueOf(r.reportKind()), DutyFrequency.valueOf(r.frequency()), r.daysAllowed(), r.dueOn(),
                r.contactEmail(), r.note(), r.createdAt(), r.createdBy(), r.version());
    }

    private static DutyRow row(Duty d) {
        return new DutyRow(d.getId().toString(), d.year(), d.reporter().type().name(), d.reporter().code(),
                d.subject().type().name(), d.subject().ref(), d.subjectLabel(), d.kind().name(), d.frequency().name(),
                d.daysAllowed(), d.dueOn(), d.contactEmail(), d.note(), d.createdAt(), d.createdBy(), d.version());
    }
}
