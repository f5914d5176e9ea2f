package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Role;
import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.CompletenessFilter;
import org.counterpart.reporting.CompletenessQueries;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.domain.CompletenessCalculator;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.ReportPermissions;
import org.counterpart.reporting.domain.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completeness and timeliness of a year's duties, scoped to what the user may see. */
@Service
@Transactional(readOnly = true)
class CompletenessService implements CompletenessQueries {

    private final Duties duties;
    private final Reports reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompletenessService(Duties duties, Reports reports, CurrentUser currentUser, Optional<Clock> clock) {
        this.duties = duties;
        this.reports = reports;
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
        var day = asOf != null ? asOf : ReportService.today(clock);
        Set<Reporter> reporters = filter.reporters();
        if (!user.isAdmin() && user.role() != Role.VIEWER) {
            var own = ReportPermissions.reporterOf(user);
            if (!reporters.isEmpty() && !reporters.contains(own)) {
                return new CompletenessReport(year, day, CompletenessCounts.NONE, List.of());
            }
            reporters = Set.of(own);
        }
        var found = duties.find(year, year, reporters, filter.kind());
        return CompletenessCalculator.report(year, found,
                reports.factsOfDuties(found.stream().map(Duty::getId).toList()), day);
    }
}
