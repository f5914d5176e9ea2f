package org.counterpart.reporting.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPage;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportQuery;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubjectType;
import org.counterpart.reporting.ReportSummary;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.counterpart.reporting.adapter.out.persistence.ReportMapper.AttachmentRow;
import org.counterpart.reporting.adapter.out.persistence.ReportMapper.FileRow;
import org.counterpart.reporting.adapter.out.persistence.ReportMapper.Filter;
import org.counterpart.reporting.adapter.out.persistence.ReportMapper.ReportRow;
import org.counterpart.reporting.adapter.out.persistence.ReportMapper.TransitionRow;
import org.counterpart.reporting.domain.Report;
import org.counterpart.reporting.domain.ReportAttachment;
import org.counterpart.reporting.domain.ReportBody;
import org.counterpart.reporting.domain.ReportFact;
import org.counterpart.reporting.domain.ReportScope;
import org.counterpart.reporting.domain.ReportTransition;
import org.counterpart.reporting.domain.Reports;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Reports over MyBatis: a report in three queries (row, history, attachments), a list page in two; files apart, read
 * only when downloaded.
 */
@Repository
class MyBatisReports implements Reports {

    private final ReportMapper mapper;
    private final MyBatisReportChanges changes;

    MyBatisReports(ReportMapper mapper, MyBatisReportChanges changes) {
        this.mapper = mapper;
        this.changes = changes;
    }

    @Override
    public Optional<Report> byId(ReportId id) {
        return Optional.ofNullable(mapper.selectReport(id.toString())).map(row -> new Report(
                ReportId.parse(row.id()), reporter(row.reporterType(), row.reporterCode()),
                ReportKind.valueOf(row.reportKind()), row.title(), ReportBody.of(row.body()),
                subject(row.subjectType(), row.subjectRef()), row.subjectLabel(),
                row.dutyId() == null ? null : DutyId.parse(row.dutyId()),
                row.periodCode() == null ? null : ReportPeriod.parse(row.periodCode()), row.reportYear(),
                ReportStatus.valueOf(row.status()),
                mapper.selectTransitions(row.id()).stream().map(t -> new ReportTransition(
                        t.fromStatus() == null ? null : ReportStatus.valueOf(t.fromStatus()),
                        ReportStatus.valueOf(t.toStatus()), t.actedBy(), t.actedByName(), t.actedAt(), t.remark(),
                        t.editKind() == null ? null : ReportEdit.valueOf(t.editKind())))
                        .toList(),
                mapper.selectAttachments(row.id()).stream().map(a -> new ReportAttachment(UUID.fromString(a.id()),
                        a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedAt(), a.uploadedBy()))
                        .toList(),
                row.createdAt(), row.updatedAt(), row.firstSubmittedAt(), row.lastSubmittedAt(), row.version()));
    }

    @Override
    public void add(Report report) {
        try {
            mapper.insertReport(row(report));
        } catch (DuplicateKeyException taken) {
            throw ReportRejected.conflict("reporting.report.period-taken",
                    report.period() == null ? "" : report.period().code());
        }
        saveNew(report);
        changes.changed();
    }

    @Override
    public void update(Report report) {
        if (mapper.updateReport(row(report)) == 0) {
            throw ReportRejected.conflict("reporting.report.changed-meanwhile", report.title());
        }
        saveNew(report);
        changes.changed();
    }

    /** Appends the steps not yet recorded and brings the attachment list in line with the report's. */
    private void saveNew(Report report) {
        var id = report.getId().toString();
        var history = report.history();
        int recorded = mapper.countTransitions(id);
        var rows = new ArrayList<TransitionRow>();
        for (int i = recorded; i < history.size(); i++) {
            var t = history.get(i);
            rows.add(new TransitionRow(id, i + 1, t.from() == null ? null : t.from().name(), t.to().name(),
                    t.byUser(), t.byName(), t.at(), t.comment(), t.edit() == null ? null : t.edit().name()));
        }
        if (!rows.isEmpty()) {
            mapper.insertTransitions(rows);
        }
        var kept = new HashSet<String>();
        for (var stored : mapper.selectAttachments(id)) {
            kept.add(stored.id());
        }
        var current = new HashSet<String>();
        for (var a : report.attachments()) {
            current.add(a.id().toString());
            if (!kept.contains(a.id().toString())) {
                mapper.insertAttachment(new AttachmentRow(a.id().toString(), id, a.name(), a.contentType(), a.size(),
                        a.sha256(), a.uploadedAt(), a.uploadedBy()));
            }
        }
        for (var gone : kept) {
            if (!current.contains(gone)) {
                mapper.deleteFile(gone);
                mapper.deleteAttachment(gone);
            }
        }
    }

    @Override
    public ReportPage find(ReportQuery query, ReportScope scope) {
        var only = scope.onlyReporter();
        var filter = new Filter(query.year(), query.status() == null ? null : query.status().name(),
                query.kind() == null ? null : query.kind().name(),
                query.reporter() == null ? null : query.reporter().type().name(),
                query.reporter() == null ? null : query.reporter().code(),
                query.duty() == null ? null : query.duty().toString(), only == null ? null : only.type().name(),
                only == null ? null : only.code(), scope.acceptedOnly(), query.offset(), query.size());
        return new ReportPage(mapper.selectReports(filter).stream().map(MyBatisReports::summary).toList(),
                mapper.countReports(filter));
    }

    @Override
    public List<ReportFact> factsOfDuties(Collection<DutyId> duties) {
        if (duties.isEmpty()) {
            return List.of();
        }
        return mapper.selectFacts(duties.stream().map(DutyId::toString).distinct().toList()).stream()
                .map(f -> new ReportFact(DutyId.parse(f.dutyId()), ReportPeriod.parse(f.periodCode()),
                        ReportId.parse(f.id()), ReportStatus.valueOf(f.status()), f.firstSubmittedAt()))
                .toList();
    }

    @Override
    public boolean answers(DutyId duty, ReportPeriod period) {
        return mapper.countAnswering(duty.toString(), period.code()) > 0;
    }

    @Override
    public boolean anyAnswering(DutyId duty) {
        return mapper.countAnswering(duty.toString(), null) > 0;
    }

    @Override
    public void storeFile(UUID attachment, byte[] content) {
        mapper.insertFile(new FileRow(attachment.toString(), content));
    }

    @Override
    public Optional<byte[]> file(ReportId report, UUID attachment) {
        return Optional.ofNullable(mapper.selectFile(report.toString(), attachment.toString())).map(FileRow::content);
    }

    private static ReportRow row(Report r) {
        var subject = r.subject();
        return new ReportRow(r.getId().toString(), r.kind().name(), r.title(), r.body().html(), r.reporter().type().name(),
                r.reporter().code(), subject == null ? null : subject.type().name(),
                subject == null ? null : subject.ref(), r.subjectLabel(), r.duty() == null ? null : r.duty().toString(),
                r.period() == null ? null : r.period().code(), r.year(), r.status().name(), r.createdAt(),
                r.updatedAt(), r.firstSubmittedAt(), r.lastSubmittedAt(), r.version(), r.attachments().size());
    }

    private static ReportSummary summary(ReportRow row) {
        return new ReportSummary(ReportId.parse(row.id()), ReportKind.valueOf(row.reportKind()), row.title(),
                reporter(row.reporterType(), row.reporterCode()), subject(row.subjectType(), row.subjectRef()),
                row.subjectLabel(), row.dutyId() == null ? null : DutyId.parse(row.dutyId()),
                row.periodCode() == null ? null : ReportPeriod.parse(row.periodCode()), row.reportYear(),
                ReportStatus.valueOf(row.status()), row.createdAt(), row.updatedAt(), row.firstSubmittedAt(),
                row.lastSubmittedAt(), row.attachmentCount(), row.version());
    }

    static Reporter reporter(String type, String code) {
        return new Reporter(ReporterType.valueOf(type), code);
    }

    static ReportSubject subject(String type, String ref) {
        return type == null ? null : new ReportSubject(ReportSubjectType.valueOf(type), ref);
    }
}
