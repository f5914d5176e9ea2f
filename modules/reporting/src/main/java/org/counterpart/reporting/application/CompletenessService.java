package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;
import org.counterpart.reporting.CompletenessFilter;
import org.counterpart.reporting.CompletenessQueries;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.domain.CompletenessCalculator;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.ReportPermissions;
import org.counterpart.reporting.domain.ReportChanges;
import org.counterpart.reporting.domain.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness and timeliness of a year's duties, scoped to what the user may see. Counting reads every duty of the
 * year and every report answering them; the count is kept for the day it was made, as long as no duty or report has
 * changed since ({@link ReportChanges}), so the dashboard and the year's statistics read it once per change, not once
 * per request.
 */
@Service
@Transactional(readOnly = true)
class CompletenessService implements CompletenessQueries {

    /** Counts kept at the most (years × who asks × kind × day); past it, all are let go and counted anew. */
    static final int KEPT = 256;

    /** What a count was made of and for: the change it was made after, the year, whose duties, which kind, the day. */
    private record Counted(String change, int year, Set<Reporter> reporters, ReportKind kind, LocalDate day) {
    }

    private final Duties duties;
    private final Reports reports;
    private final ReportChanges changes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<Counted, CompletenessReport> kept = new ConcurrentHashMap<>();

    CompletenessService(Duties duties, Reports reports, ReportChanges changes, CurrentUser currentUser,
            Optional<Clock> clock) {
        this.duties = duties;
        this.reports = reports;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public CompletenessReport completeness(int year, CompletenessFilter filter, LocalDate asOf) {
        if (year < ReportPeriod.MIN_YEAR || year > ReportPeriod.MAX_YEAR) {
            throw ReportRejected.invalid("reporting.duty.year-invalid", String.valueOf(year));
        }
        var user = currentUser.get()
                .orElseThrow(() -> ReportRejected.forbidden("reporting.completeness.forbidden"));
        return visibleTo(Optional.of(user), year, filter, asOf);
    }

    /**
     * The year's completeness as a user may see it: ADMIN and viewers every unit and office, a unit or office its
     * own; nobody signed in is the application itself (the statistics, a maintenance task) and sees all.
     *
     * @param asOf the day to count as of, or {@code null} for today in Shanghai
     */
    CompletenessReport visibleTo(Optional<UserContext> user, int year, CompletenessFilter filter, LocalDate asOf) {
        var day = asOf != null ? asOf : ReportService.today(clock);
        Set<Reporter> reporters = filter.reporters();
        if (user.isPresent() && !user.get().isAdmin() && user.get().role() != Role.VIEWER) {
            var own = ReportPermissions.reporterOf(user.get());
            if (!reporters.isEmpty() && !reporters.contains(own)) {
                return CompletenessReport.none(year, day);
            }
            reporters = Set.of(own);
        }
        var counted = new Counted(changes.current(), year, reporters, filter.kind(), day);
        var report = kept.get(counted);
        if (report == null) {
            var found = duties.find(year, year, reporters, filter.kind());
            report = CompletenessCalculator.report(year, found,
                    reports.factsOfDuties(found.stream().map(Duty::getId).toList()), day);
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(counted, report);
        }
        return report;
    }
}
