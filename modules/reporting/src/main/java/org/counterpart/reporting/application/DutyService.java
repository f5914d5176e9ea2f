package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.counterpart.reporting.DutyChangeView;
import org.counterpart.reporting.DutyDraft;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.DutyManagement;
import org.counterpart.reporting.DutyQuery;
import org.counterpart.reporting.DutySummary;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.counterpart.reporting.domain.CompletenessCalculator;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.ReportFact;
import org.counterpart.reporting.domain.ReportPermissions;
import org.counterpart.reporting.domain.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting duties: set by the commission office, read by the units and offices they name (and by viewers), each
 * shown with its periods and where they stand today.
 */
@Service
@Transactional(readOnly = true)
class DutyService implements DutyManagement {

    private final Duties duties;
    private final Reports reports;
    private final ReportSubjects subjects;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    DutyService(Duties duties, Reports reports, ReportSubjects subjects, Directory directory, CurrentUser currentUser,
            Optional<Clock> clock) {
        this.duties = duties;
        this.reports = reports;
        this.subjects = subjects;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<DutySummary> duties(DutyQuery query) {
        var user = user();
        Set<Reporter> reporters;
        if (user.isAdmin() || user.role() == Role.VIEWER) {
            reporters = query.reporter() == null ? Set.of() : Set.of(query.reporter());
        } else {
            var own = ReportPermissions.reporterOf(user);
            if (query.reporter() != null && !query.reporter().equals(own)) {
                return List.of();
            }
            reporters = Set.of(own);
        }
        var found = duties.find(query.year(), query.year(), reporters, null);
        var facts = CompletenessCalculator.index(reports.factsOfDuties(found.stream().map(Duty::getId).toList()));
        var today = ReportService.today(clock);
        return found.stream().map(d -> summary(d, facts.getOrDefault(d.getId(), Map.of()), today, user)).toList();
    }

    @Override
    public Optional<DutySummary> duty(DutyId id) {
        var user = user();
        return duties.byId(id).map(d -> {
            if (!ReportPermissions.mayReadDutiesOf(user, d.reporter())) {
                throw ReportRejected.forbidden("reporting.duty.forbidden.read");
            }
            return summaryOf(d, user);
        });
    }

    @Override
    @Transactional
    public DutySummary create(DutyDraft draft) {
        return createAs(user(), draft, clock.instant());
    }

    @Transactional
    DutySummary createAs(UserContext user, DutyDraft draft, Instant at) {
        requireManager(user);
        requireKnown(draft.reporter());
        var label = draft.subject() == null ? null : subjects.resolve(draft.subject()).label();
        var duty = new Duty(DutyId.next(), draft.year(), draft.reporter(), draft.subject(), label, draft.kind(),
                draft.frequency(), draft.daysAllowed(), draft.dueOn(), draft.contactEmail(), draft.note(), at,
                user.displayName(), 0);
        duties.add(duty);
        duties.recordChanges(duty.getId(), List.of(duty.created()), user.displayName(), at);
        return summaryOf(duties.byId(duty.getId()).orElseThrow(), user);
    }

    @Override
    @Transactional
    public DutySummary update(DutyId id, DutyDraft draft, long seenVersion) {
        var user = user();
        requireManager(user);
        var duty = load(id);
        requireVersion(duty, seenVersion);
        requireKnown(draft.reporter());
        var label = draft.subject() != null && draft.subject().equals(duty.subject()) ? duty.subjectLabel()
                : draft.subject() == null ? null : subjects.resolve(draft.subject()).label();
        var changed = duty.changedTo(draft.year(), draft.reporter(), draft.subject(), label, draft.kind(),
                draft.frequency(), draft.daysAllowed(), draft.dueOn(), draft.contactEmail(), draft.note(),
                reports.anyAnswering(id));
        duties.update(changed);
        duties.recordChanges(id, duty.changesTo(changed), user.displayName(), clock.instant());
        return summaryOf(load(id), user);
    }

    @Override
    @Transactional
    public void delete(DutyId id, long seenVersion) {
        var user = user();
        requireManager(user);
        var duty = load(id);
        requireVersion(duty, seenVersion);
        if (reports.anyAnswering(id)) {
            throw ReportRejected.conflict("reporting.duty.answered-undeletable");
        }
        duties.delete(duty);
        duties.recordChanges(id, List.of(duty.deleted()), user.displayName(), clock.instant());
    }

    @Override
    public List<DutyChangeView> history(DutyId id) {
        var user = user();
        var duty = duties.byId(id);
        if (duty.isPresent() ? !ReportPermissions.mayReadDutiesOf(user, duty.get().reporter())
                : !user.isAdmin() && user.role() != Role.VIEWER) {
            throw ReportRejected.forbidden("reporting.duty.forbidden.read");
        }
        var lines = duties.changesOf(id);
        if (duty.isEmpty() && lines.isEmpty()) {
            throw ReportRejected.notFound("reporting.duty.not-found");
        }
        // The contact e-mail stays with those who see it on the duty (not a viewer, say).
        boolean seesContact = duty.isPresent() ? ReportPermissions.seesContactOf(user, duty.get().reporter())
                : user.isAdmin();
        return lines.stream().map(c -> !seesContact && c.field().equals("contactEmail")
                ? new DutyChangeView(c.at(), c.by(), c.field(), hidden(c.before()), hidden(c.after()))
                : new DutyChangeView(c.at(), c.by(), c.field(), c.before(), c.after())).toList();
    }

    private static String hidden(String email) {
        return email == null ? null : "***";
    }

    private DutySummary summaryOf(Duty duty, UserContext user) {
        var facts = CompletenessCalculator.index(reports.factsOfDuties(List.of(duty.getId())));
        return summary(duty, facts.getOrDefault(duty.getId(), Map.of()), ReportService.today(clock), user);
    }

    static DutySummary summary(Duty d, Map<String, ReportFact> facts, LocalDate today, UserContext user) {
        return new DutySummary(d.getId(), d.year(), d.reporter(), d.subject(), d.subjectLabel(), d.kind(),
                d.frequency(), d.daysAllowed(), d.dueOn(),
                ReportPermissions.seesContactOf(user, d.reporter()) ? d.contactEmail() : null, d.note(),
                CompletenessCalculator.periods(d, facts, today), !facts.isEmpty(), d.version());
    }

    private void requireKnown(Reporter reporter) {
        if (reporter == null) {
            throw ReportRejected.invalid("reporting.duty.reporter-required");
        }
        boolean known = reporter.type() == ReporterType.UNIT
                ? directory.unit(new UnitCode(reporter.code())).isPresent()
                : directory.office(new OfficeCode(reporter.code())).isPresent();
        if (!known) {
            throw ReportRejected.invalid("reporting.duty.reporter-unknown", reporter.key());
        }
    }

    private static void requireManager(UserContext user) {
        if (!ReportPermissions.mayManageDuties(user)) {
            throw ReportRejected.forbidden("reporting.duty.forbidden.manage");
        }
    }

    private static void requireVersion(Duty duty, long seenVersion) {
        if (duty.version() != seenVersion) {
            throw ReportRejected.conflict("reporting.duty.changed-meanwhile");
        }
    }

    private Duty load(DutyId id) {
        return duties.byId(id).orElseThrow(() -> ReportRejected.notFound("reporting.duty.not-found"));
    }

    private UserContext user() {
        return currentUser.get().orElseThrow(() -> ReportRejected.forbidden("reporting.duty.forbidden.read"));
    }
}
