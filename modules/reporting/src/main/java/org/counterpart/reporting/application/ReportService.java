package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.directory.UserContext;
import org.counterpart.reporting.ReportAccepted;
import org.counterpart.reporting.ReportAttachmentView;
import org.counterpart.reporting.ReportAuthoring;
import org.counterpart.reporting.ReportDetails;
import org.counterpart.reporting.ReportDraft;
import org.counterpart.reporting.ReportFile;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportPage;
import org.counterpart.reporting.ReportQueries;
import org.counterpart.reporting.ReportQuery;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportReturned;
import org.counterpart.reporting.ReportReview;
import org.counterpart.reporting.ReportRevision;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubjectOption;
import org.counterpart.reporting.ReportSubmitted;
import org.counterpart.reporting.ReportSummary;
import org.counterpart.reporting.ReportTransitionView;
import org.counterpart.reporting.domain.CompletenessCalculator;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Report;
import org.counterpart.reporting.domain.ReportActor;
import org.counterpart.reporting.domain.ReportAttachment;
import org.counterpart.reporting.domain.ReportAttachmentRules;
import org.counterpart.reporting.domain.ReportCalendar;
import org.counterpart.reporting.domain.ReportFileTypes;
import org.counterpart.reporting.domain.ReportPermissions;
import org.counterpart.reporting.domain.Reports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information reports: written by units and offices, reviewed by the commission office. Checks who may act before
 * anything else (so who may not act learns nothing of a report's state), then the version the user saw, lets the
 * report decide whether the move is allowed, keeps it, and publishes what happened.
 */
@Service
@Transactional(readOnly = true)
class ReportService implements ReportQueries, ReportAuthoring, ReportReview {

    private final Reports reports;
    private final Duties duties;
    private final ReportSubjects subjects;
    private final ReportFileTypes fileTypes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportAttachmentRules.Limits limits;

    ReportService(Reports reports, Duties duties, ReportSubjects subjects, ReportFileTypes fileTypes,
            CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock, ReportSettings settings) {
        this.reports = reports;
        this.duties = duties;
        this.subjects = subjects;
        this.fileTypes = fileTypes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        var a = settings.attachments();
        this.limits = new ReportAttachmentRules.Limits(a.maxFileSize().toBytes(), a.maxTotalSize().toBytes(),
                a.maxCount());
    }

    // ---- reading

    @Override
    public ReportPage reports(ReportQuery query) {
        var user = user();
        var scope = ReportPermissions.scopeOf(user);
        if (scope.onlyReporter() != null && query.reporter() != null
                && !query.reporter().equals(scope.onlyReporter())) {
            return new ReportPage(List.of(), 0);
        }
        return reports.find(query, scope);
    }

    @Override
    public Optional<ReportDetails> report(ReportId id) {
        var user = user();
        return reports.byId(id).map(report -> {
            requireReader(user, report);
            return details(report, user);
        });
    }

    @Override
    public ReportFile attachment(ReportId id, UUID attachment) {
        var user = user();
        var report = load(id);
        requireReader(user, report);
        var meta = report.attachments().stream().filter(a -> a.id().equals(attachment)).findFirst()
                .orElseThrow(() -> ReportRejected.notFound("reporting.report.attachment.not-found"));
        var content = reports.file(id, attachment)
                .orElseThrow(() -> ReportRejected.notFound("reporting.report.attachment.not-found"));
        return new ReportFile(meta.name(), meta.contentType(), content);
    }

    @Override
    public List<ReportSubjectOption> subjects(int year) {
        user();
        return subjects.options(year);
    }

    @Override
    public List<DutyPeriodOption> openPeriods() {
        var reporter = ReportPermissions.reporterOf(user());
        if (reporter == null) {
            throw ReportRejected.forbidden("reporting.report.forbidden.write");
        }
        var own = duties.find(null, null, Set.of(reporter), null);
        var answered = CompletenessCalculator.index(reports.factsOfDuties(own.stream().map(d -> d.getId()).toList()));
        return own.stream()
                .flatMap(d -> d.periods().stream()
                        .filter(p -> !answered.getOrDefault(d.getId(), Map.of()).containsKey(p.period().code()))
                        .map(p -> new DutyPeriodOption(d.getId(), d.kind(), d.subject(), d.subjectLabel(), p.period(),
                                p.due())))
                .sorted(Comparator.comparing(DutyPeriodOption::due).thenComparing(o -> o.period().code()))
                .toList();
    }

    // ---- writing

    @Override
    @Transactional
    public ReportDetails draft(ReportDraft draft) {
        return draftAs(user(), draft, clock.instant());
    }

    @Transactional
    ReportDetails draftAs(UserContext user, ReportDraft draft, Instant at) {
        var reporter = ReportPermissions.reporterOf(user);
        if (reporter == null) {
            throw ReportRejected.forbidden("reporting.report.forbidden.write");
        }
        Report report;
        if (draft.duty() != null) {
            var duty = duties.byId(draft.duty())
                    .orElseThrow(() -> ReportRejected.invalid("reporting.report.duty-unknown"));
            if (!duty.reporter().equals(reporter)) {
                throw ReportRejected.forbidden("reporting.report.duty-not-yours");
            }
            if (draft.period() == null) {
                throw ReportRejected.invalid("reporting.report.period-required");
            }
            if (!duty.covers(draft.period())) {
                throw ReportRejected.invalid("reporting.report.period-not-of-duty", draft.period().code());
            }
            if (reports.answers(duty.getId(), draft.period())) {
                throw ReportRejected.conflict("reporting.report.period-taken", draft.period().code());
            }
            report = Report.draft(reporter, duty.kind(), draft.title(), draft.body(), duty.subject(),
                    duty.subjectLabel(), duty.getId(), draft.period(), draft.period().year(), ReportActor.of(user), at);
        } else {
            var resolved = draft.subject() == null ? null : subjects.resolve(draft.subject());
            int year = resolved != null ? resolved.year() : ReportCalendar.dayOf(at).getYear();
            report = Report.draft(reporter, draft.kind(), draft.title(), draft.body(), draft.subject(),
                    resolved == null ? null : resolved.label(), null, null, year, ReportActor.of(user), at);
        }
        reports.add(report);
        return details(load(report.getId()), user);
    }

    @Override
    @Transactional
    public ReportDetails revise(ReportId id, ReportRevision revision, long seenVersion) {
        var user = user();
        var report = load(id);
        requireWriter(user, report);
        requireVersion(report, seenVersion);
        ReportSubject subject = revision.subject();
        String label = null;
        if (report.duty() == null && subject != null && !subject.equals(report.subject())) {
            label = subjects.resolve(subject).label();
        } else if (subject != null) {
            label = report.subjectLabel();
        }
        report.revise(revision.title(), revision.body(), revision.kind(), subject, label, ReportActor.of(user),
                clock.instant());
        reports.update(report);
        return details(load(id), user);
    }

    @Override
    @Transactional
    public ReportDetails attach(ReportId id, String fileName, byte[] content, Long seenVersion) {
        var user = user();
        var report = load(id);
        requireWriter(user, report);
        if (seenVersion != null) {
            requireVersion(report, seenVersion);
        }
        return attachAs(user, report, fileName, content, clock.instant());
    }

    @Transactional
    ReportDetails attachAs(UserContext user, Report report, String fileName, byte[] content, Instant at) {
        var id = report.getId();
        var checked = ReportAttachmentRules.check(fileName, content, limits, fileTypes);
        var attachment = new ReportAttachment(TimeOrderedIds.next(), checked.name(), checked.contentType(),
                content.length, sha256(content), at, user.displayName());
        report.attach(attachment, limits, ReportActor.of(user), at);
        reports.update(report);
        reports.storeFile(attachment.id(), content);
        return details(load(id), user);
    }

    @Override
    @Transactional
    public ReportDetails detach(ReportId id, UUID attachment, Long seenVersion) {
        var user = user();
        var report = load(id);
        requireWriter(user, report);
        if (seenVersion != null) {
            requireVersion(report, seenVersion);
        }
        report.detach(attachment, ReportActor.of(user), clock.instant());
        reports.update(report);
        return details(load(id), user);
    }

    @Override
    @Transactional
    public ReportDetails submit(ReportId id, long seenVersion, String comment) {
        var user = user();
        var report = load(id);
        requireWriter(user, report);
        requireVersion(report, seenVersion);
        return submitAs(user, report, comment, clock.instant());
    }

    @Transactional
    ReportDetails submitAs(UserContext user, Report report, String comment, Instant at) {
        boolean resubmitted = report.status() == ReportStatus.RETURNED;
        report.submit(ReportActor.of(user), at, comment);
        reports.update(report);
        events.publishEvent(new ReportSubmitted(report.getId(), report.kind(), report.reporter(), report.subject(),
                periodCode(report), resubmitted, at));
        return details(load(report.getId()), user);
    }

    // ---- reviewing

    @Override
    @Transactional
    public ReportDetails accept(ReportId id, long seenVersion, String comment) {
        var user = user();
        var report = load(id);
        requireReviewer(user, report);
        requireVersion(report, seenVersion);
        return acceptAs(user, report, comment, clock.instant());
    }

    @Transactional
    ReportDetails acceptAs(UserContext user, Report report, String comment, Instant at) {
        report.accept(ReportActor.of(user), at, comment);
        reports.update(report);
        events.publishEvent(new ReportAccepted(report.getId(), report.kind(), report.reporter(), report.subject(),
                periodCode(report), at));
        return details(load(report.getId()), user);
    }

    @Override
    @Transactional
    public ReportDetails returnForChanges(ReportId id, long seenVersion, String comment) {
        var user = user();
        var report = load(id);
        requireReviewer(user, report);
        requireVersion(report, seenVersion);
        return returnAs(user, report, comment, clock.instant());
    }

    @Transactional
    ReportDetails returnAs(UserContext user, Report report, String comment, Instant at) {
        report.returnForChanges(ReportActor.of(user), at, comment);
        reports.update(report);
        events.publishEvent(new ReportReturned(report.getId(), report.kind(), report.reporter(), report.subject(),
                periodCode(report), at));
        return details(load(report.getId()), user);
    }

    // ---- helpers

    Report load(ReportId id) {
        return reports.byId(id).orElseThrow(() -> ReportRejected.notFound("reporting.report.not-found"));
    }

    private UserContext user() {
        return currentUser.get().orElseThrow(() -> ReportRejected.forbidden("reporting.report.forbidden.read"));
    }

    private static void requireReader(UserContext user, Report report) {
        if (!ReportPermissions.mayRead(user, report)) {
            throw ReportRejected.forbidden("reporting.report.forbidden.read");
        }
    }

    /** Only the report's own unit or office writes it; whether its state allows a change, the report decides. */
    private static void requireWriter(UserContext user, Report report) {
        if (!ReportPermissions.actsFor(user, report.reporter())) {
            throw ReportRejected.forbidden(ReportPermissions.mayRead(user, report)
                    ? "reporting.report.forbidden.write" : "reporting.report.forbidden.read");
        }
    }

    private static void requireReviewer(UserContext user, Report report) {
        if (!user.isAdmin()) {
            throw ReportRejected.forbidden(ReportPermissions.mayRead(user, report)
                    ? "reporting.report.forbidden.review" : "reporting.report.forbidden.read");
        }
    }

    private static void requireVersion(Report report, long seenVersion) {
        if (report.version() != seenVersion) {
            throw ReportRejected.conflict("reporting.report.changed-meanwhile", report.title());
        }
    }

    private static String periodCode(Report report) {
        return report.period() == null ? null : report.period().code();
    }

    private ReportDetails details(Report report, UserContext user) {
        var due = report.duty() == null ? null
                : duties.byId(report.duty()).filter(d -> d.covers(report.period())).map(d -> d.due(report.period()))
                        .orElse(null);
        boolean mayEdit = ReportPermissions.mayEdit(user, report);
        return new ReportDetails(summary(report), report.body().html(), due,
                report.attachments().stream().map(a -> new ReportAttachmentView(a.id(), a.name(), a.contentType(),
                        a.size(), a.uploadedAt(), a.uploadedBy())).toList(),
                report.history().stream().map(t -> new ReportTransitionView(t.from(), t.to(), t.byName(), t.at(),
                        t.comment(), t.edit())).toList(),
                mayEdit, mayEdit, ReportPermissions.mayReview(user, report));
    }

    static ReportSummary summary(Report r) {
        return new ReportSummary(r.getId(), r.kind(), r.title(), r.reporter(), r.subject(), r.subjectLabel(), r.duty(),
                r.period(), r.year(), r.status(), r.createdAt(), r.updatedAt(), r.firstSubmittedAt(),
                r.lastSubmittedAt(), r.attachments().size(), r.version());
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ReportCalendar.SHANGHAI));
    }
}
