package org.counterpart.reporting.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.counterpart.reporting.ReportDetails;
import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSummary;
import org.counterpart.reporting.Reporter;

/** A report as the API answers it: codes with their names in the user's language. */
record ReportView(String id, ReportKind kind, String kindName, String title, Named reporter, SubjectView subject,
        String duty, String period, String periodName, int year, ReportStatus status, String statusName,
        Instant createdAt, Instant updatedAt, Instant firstSubmittedAt, Instant lastSubmittedAt, int attachmentCount,
        long version) {

    record Named(String type, String code, String name) {
    }

    record SubjectView(String type, String ref, String key, String name) {
    }

    record Details(ReportView report, String body, LocalDate dueOn, String returnComment,
            List<AttachmentView> attachments, List<StepView> history, boolean mayEdit, boolean maySubmit,
            boolean mayReview) {
    }

    record AttachmentView(UUID id, String name, String contentType, long size, Instant uploadedAt, String uploadedBy) {
    }

    record StepView(ReportStatus from, ReportStatus to, String toName, String by, Instant at, String comment,
            ReportEdit edit) {
    }

    static ReportView of(ReportSummary r, ReportLabels labels, Map<String, String> names, Locale locale) {
        return new ReportView(r.id().toString(), r.kind(), labels.kind(r.kind(), locale), r.title(),
                named(r.reporter(), names), subject(r.subject(), r.subjectLabel()),
                r.duty() == null ? null : r.duty().toString(), r.period() == null ? null : r.period().code(),
                labels.period(r.period(), locale), r.year(), r.status(), labels.status(r.status(), locale),
                r.createdAt(), r.updatedAt(), r.firstSubmittedAt(), r.lastSubmittedAt(), r.attachmentCount(),
                r.version());
    }

    static Details details(ReportDetails d, ReportLabels labels, Map<String, String> names, Locale locale) {
        return new Details(of(d.report(), labels, names, locale), d.body(), d.dueOn(), d.returnComment(),
                d.attachments().stream().map(a -> new AttachmentView(a.id(), a.name(), a.contentType(), a.size(),
                        a.uploadedAt(), a.uploadedBy())).toList(),
                d.history().stream().map(t -> new StepView(t.from(), t.to(), labels.status(t.to(), locale), t.by(),
                        t.at(), t.comment(), t.edit())).toList(),
                d.mayEdit(), d.maySubmit(), d.mayReview());
    }

    static Named named(Reporter reporter, Map<String, String> names) {
        return new Named(reporter.type().name(), reporter.code(), names.getOrDefault(reporter.key(), reporter.code()));
    }

    static SubjectView subject(ReportSubject subject, String label) {
        return subject == null ? null : new SubjectView(subject.type().name(), subject.ref(), subject.key(), label);
    }
}
