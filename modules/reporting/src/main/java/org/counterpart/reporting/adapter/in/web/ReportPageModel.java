package org.counterpart.reporting.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.ReportDetails;
import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportTransitionView;
import org.counterpart.reporting.ReportSummary;

/** Reports as the pages show them: names instead of codes, times in Shanghai. */
final class ReportPageModel {

    private ReportPageModel() {
    }

    record Line(String id, String title, ReportKind kind, String reporter, String subjectType, String subject,
            String period, ReportStatus status, LocalDateTime updatedAt, LocalDateTime submittedAt, int attachments) {
    }

    record Attachment(String id, String name, String contentType, long size, LocalDateTime uploadedAt,
            String uploadedBy) {

        /** The size as people read it: 812 KB, 2.4 MB. */
        public String readableSize() {
            return size < 1024 * 1024 ? Math.max(1, Math.round(size / 1024.0)) + " KB"
                    : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
        }
    }

    /** A step of the history; an edit (status kept) is shown by what it did ({@code edited}), without a comment. */
    record Step(ReportStatus from, ReportStatus to, String by, LocalDateTime at, String comment, ReportEdit edit,
            String edited) {
    }

    record Page(Line report, String body, String subjectKey, String dutyId, String periodCode, LocalDate dueOn,
            LocalDateTime createdAt, LocalDateTime firstSubmittedAt, String returnComment,
            List<Attachment> attachments, List<Step> history, boolean mayEdit, boolean mayReview, long version) {

        public boolean adHoc() {
            return dutyId == null;
        }
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ReportLabels.SHANGHAI);
    }

    static Line line(ReportSummary r, ReportLabels labels, Map<String, String> names, Locale locale) {
        return new Line(r.id().toString(), r.title(), r.kind(), names.getOrDefault(r.reporter().key(), r.reporter().code()),
                r.subject() == null ? null : r.subject().type().name(), r.subjectLabel(),
                labels.period(r.period(), locale), r.status(), local(r.updatedAt()), local(r.lastSubmittedAt()),
                r.attachmentCount());
    }

    static Page page(ReportDetails d, ReportLabels labels, Map<String, String> names, Locale locale) {
        var r = d.report();
        return new Page(line(r, labels, names, locale), d.body(), r.subject() == null ? null : r.subject().key(),
                r.duty() == null ? null : r.duty().toString(), r.period() == null ? null : r.period().code(),
                d.dueOn(), local(r.createdAt()), local(r.firstSubmittedAt()), d.returnComment(),
                d.attachments().stream().map(a -> new Attachment(a.id().toString(), a.name(), a.contentType(),
                        a.size(), local(a.uploadedAt()), a.uploadedBy())).toList(),
                d.history().stream().map(t -> new Step(t.from(), t.to(), t.by(), local(t.at()),
                        t.edit() == null ? t.comment() : null, t.edit(), edited(t, labels, locale)))
                        .toList(),
                d.mayEdit(), d.mayReview(), r.version());
    }

    /** What an edit did, in the reader's language: 修改了标题、正文 / 上传了附件 a.pdf / 删除了附件 a.pdf. */
    static String edited(ReportTransitionView step, ReportLabels labels, Locale locale) {
        if (step.edit() == null) {
            return null;
        }
        if (step.edit() != ReportEdit.EDITED) {
            return labels.message("reporting.report.step." + step.edit(), locale, step.comment());
        }
        var fields = step.comment() == null ? List.<String>of() : List.of(step.comment().split(","));
        return labels.message("reporting.report.step.EDITED", locale, String.join(labels.message(
                "reporting.report.step.EDITED.separator", locale), fields.stream().map(f -> labels.message(
                        "reporting.report.step.EDITED." + f, locale)).toList()));
    }
}
