package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 信息 — an information report a unit or office sends the commission office: news of the work (工作信息), an
 * experience or practice (经验做法), or a summary (总结), about a task or programme, answering a duty's period or ad
 * hoc. Its life: a draft is submitted; the office accepts it or returns it with comments; a returned report is
 * changed and submitted again. Only a draft or a returned report changes; every step is recorded.
 */
public final class Report implements AggregateRoot<Report, ReportId> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_COMMENT = 2000;

    private final ReportId id;
    private final Reporter reporter;
    private ReportKind kind;
    private String title;
    private ReportBody body;
    private ReportSubject subject;
    private String subjectLabel;
    private final DutyId duty;
    private final ReportPeriod period;
    private final int year;
    private ReportStatus status;
    private final List<ReportTransition> history;
    private final List<ReportAttachment> attachments;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant firstSubmittedAt;
    private Instant lastSubmittedAt;
    private final long version;

    public Report(ReportId id, Reporter reporter, ReportKind kind, String title, ReportBody body,
            ReportSubject subject, String subjectLabel, DutyId duty, ReportPeriod period, int year,
            ReportStatus status, List<ReportTransition> history, List<ReportAttachment> attachments,
            Instant createdAt, Instant updatedAt, Instant firstSubmittedAt, Instant lastSubmittedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.reporter = Objects.requireNonNull(reporter);
        this.kind = requireKind(kind);
        this.title = title(title);
        this.body = body == null ? ReportBody.EMPTY : body;
        this.subject = subject;
        this.subjectLabel = subject == null ? null : subjectLabel;
        if (duty != null && period == null) {
            throw ReportRejected.invalid("reporting.report.period-required");
        }
        this.duty = duty;
        this.period = duty == null ? null : period;
        this.year = year;
        this.status = Objects.requireNonNull(status);
        this.history = new ArrayList<>(history);
        this.attachments = new ArrayList<>(attachments);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = updatedAt == null ? createdAt : updatedAt;
        this.firstSubmittedAt = firstSubmittedAt;
        this.lastSubmittedAt = lastSubmittedAt;
        this.version = version;
    }

    /** A new draft, recorded as written by the actor. */
    public static Report draft(Reporter reporter, ReportKind kind, String title, String body, ReportSubject subject,
            String subjectLabel, DutyId duty, ReportPeriod period, int year, ReportActor by, Instant at) {
        var report = new Report(ReportId.next(), reporter, kind, title, ReportBody.of(body), subject, subjectLabel,
                duty, period, year, ReportStatus.DRAFT, List.of(), List.of(), at, at, null, null, 0);
        report.record(null, ReportStatus.DRAFT, by, at, null);
        return report;
    }

    /** Changes a draft or returned report; the kind and subject only of one that answers no duty. */
    /** Changes the text (and, without a duty, the kind and subject); the fields that changed go into the history. */
    public void revise(String newTitle, String newBody, ReportKind newKind, ReportSubject newSubject,
            String newSubjectLabel, ReportActor by, Instant at) {
        requireEditable();
        var checkedTitle = title(newTitle);
        var checkedBody = ReportBody.of(newBody);
        if (duty != null && (newKind != null && newKind != kind
                || newSubject != null && !newSubject.equals(subject))) {
            throw ReportRejected.invalid("reporting.report.duty-fixes-kind-and-subject");
        }
        var changed = new ArrayList<String>();
        if (!checkedTitle.equals(title)) {
            changed.add("title");
        }
        if (!checkedBody.html().equals(body.html())) {
            changed.add("body");
        }
        this.title = checkedTitle;
        this.body = checkedBody;
        if (duty == null && newKind != null && newKind != kind) {
            this.kind = newKind;
            changed.add("kind");
        }
        if (duty == null && newSubject != null && !newSubject.equals(subject)) {
            this.subject = newSubject;
            this.subjectLabel = newSubjectLabel;
            changed.add("subject");
        }
        if (!changed.isEmpty()) {
            this.updatedAt = at;
            history.add(new ReportTransition(status, status, by.username(), by.name(), at, String.join(",", changed),
                    ReportEdit.EDITED));
        }
    }

    /** Sends a draft — or a returned report, changed — to the commission office. */
    public void submit(ReportActor by, Instant at, String comment) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw ReportRejected.conflict("reporting.report.not-submittable");
        }
        if (body.isBlank()) {
            throw ReportRejected.invalid("reporting.report.body-required");
        }
        var from = status;
        status = ReportStatus.SUBMITTED;
        firstSubmittedAt = firstSubmittedAt == null ? at : firstSubmittedAt;
        lastSubmittedAt = at;
        record(from, status, by, at, comment(comment, false));
    }

    public void accept(ReportActor by, Instant at, String comment) {
        requireUnderReview();
        status = ReportStatus.ACCEPTED;
        record(ReportStatus.SUBMITTED, status, by, at, comment(comment, false));
    }

    /** Returns a submitted report with comments on what to change; without a comment it is refused. */
    public void returnForChanges(ReportActor by, Instant at, String comment) {
        requireUnderReview();
        var checked = comment(comment, true);
        status = ReportStatus.RETURNED;
        record(ReportStatus.SUBMITTED, status, by, at, checked);
    }

    /** Attaches a file (its bytes checked already) within the limits on how many and how much. */
    public void attach(ReportAttachment attachment, ReportAttachmentRules.Limits limits, ReportActor by, Instant at) {
        requireEditable();
        if (attachments.size() >= limits.maxCount()) {
            throw ReportRejected.invalid("reporting.report.attachment.too-many", limits.maxCount());
        }
        long total = attachments.stream().mapToLong(ReportAttachment::size).sum() + attachment.size();
        if (total > limits.maxTotalBytes()) {
            throw ReportRejected.invalid("reporting.report.attachment.total-too-large",
                    ReportAttachmentRules.megabytes(limits.maxTotalBytes()));
        }
        if (attachments.stream().anyMatch(a -> a.name().equalsIgnoreCase(attachment.name()))) {
            throw ReportRejected.invalid("reporting.report.attachment.name-taken", attachment.name());
        }
        attachments.add(attachment);
        updatedAt = at;
        history.add(new ReportTransition(status, status, by.username(), by.name(), at, attachment.name(),
                ReportEdit.ATTACHED));
    }

    public void detach(UUID attachment, ReportActor by, Instant at) {
        requireEditable();
        var removed = attachments.stream().filter(a -> a.id().equals(attachment)).findFirst()
                .orElseThrow(() -> ReportRejected.notFound("reporting.report.attachment.not-found"));
        attachments.remove(removed);
        updatedAt = at;
        history.add(new ReportTransition(status, status, by.username(), by.name(), at, removed.name(),
                ReportEdit.DETACHED));
    }

    /** Whether the writer may still change it: a draft, or returned for changes. */
    public boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw ReportRejected.conflict("reporting.report.not-editable");
        }
    }

    private void requireUnderReview() {
        if (status != ReportStatus.SUBMITTED) {
            throw ReportRejected.conflict("reporting.report.not-under-review");
        }
    }

    private void record(ReportStatus from, ReportStatus to, ReportActor by, Instant at, String comment) {
        history.add(new ReportTransition(from, to, by.username(), by.name(), at, comment));
        updatedAt = at;
    }

    private static ReportKind requireKind(ReportKind kind) {
        if (kind == null) {
            throw ReportRejected.invalid("reporting.report.kind-required");
        }
        return kind;
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw ReportRejected.invalid("reporting.report.title-required");
        }
        var stripped = title.strip().replaceAll("\\s+", " ");
        if (stripped.length() > MAX_TITLE) {
            throw ReportRejected.invalid("reporting.report.title-too-long", MAX_TITLE);
        }
        return stripped;
    }

    private static String comment(String comment, boolean required) {
        if (comment == null || comment.isBlank()) {
            if (required) {
                throw ReportRejected.invalid("reporting.report.comment-required");
            }
            return null;
        }
        var stripped = comment.strip();
        if (stripped.length() > MAX_COMMENT) {
            throw ReportRejected.invalid("reporting.report.comment-too-long", MAX_COMMENT);
        }
        return stripped;
    }

    @Override
    public ReportId getId() {
        return id;
    }

    public Reporter reporter() {
        return reporter;
    }

    public ReportKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public ReportBody body() {
        return body;
    }

    public ReportSubject subject() {
        return subject;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public DutyId duty() {
        return duty;
    }

    public ReportPeriod period() {
        return period;
    }

    public int year() {
        return year;
    }

    public ReportStatus status() {
        return status;
    }

    public List<ReportTransition> history() {
        return List.copyOf(history);
    }

    public List<ReportAttachment> attachments() {
        return List.copyOf(attachments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant lastSubmittedAt() {
        return lastSubmittedAt;
    }

    public long version() {
        return version;
    }
}
