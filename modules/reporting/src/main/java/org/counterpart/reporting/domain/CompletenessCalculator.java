package org.counterpart.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.CompletenessReport.DutyCompleteness;
import org.counterpart.reporting.CompletenessReport.ReporterCompleteness;
import org.counterpart.reporting.CompletenessState;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.DutyPeriodView;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.Reporter;

/**
 * Counts completeness and timeliness the way DHIS2 shows reporting rates. A period is <em>reported</em> when a report
 * answering it is submitted or accepted (a draft or a report returned for changes is not); reported <em>on time</em>
 * when it was first submitted on or before the due day (in Shanghai) — a report the office returned and the writer
 * resubmitted keeps the day it first came in, since the office's review is not the writer's delay; <em>late</em>
 * when first submitted after it; <em>missing</em> when the due day has passed unreported; <em>pending</em> when it is
 * not due yet and not reported. Expected = reported + missing. Counting as of a past day, a report first submitted
 * after it was not reported yet then; its review is taken as it stands now (the office's later decisions are not
 * rolled back).
 */
public final class CompletenessCalculator {

    private CompletenessCalculator() {
    }

    /** Where one period of a duty stands as of a day. */
    public static DutyPeriodView state(DutyPeriod period, ReportFact fact, LocalDate asOf) {
        var report = fact == null ? null : fact.report();
        var status = fact == null ? null : fact.status();
        var submittedOn = fact == null ? null : ReportCalendar.dayOf(fact.firstSubmittedAt());
        if (fact != null && fact.status().countsAsReported() && (submittedOn == null || !submittedOn.isAfter(asOf))) {
            var state = submittedOn == null || !submittedOn.isAfter(period.due()) ? CompletenessState.ON_TIME
                    : CompletenessState.LATE;
            return new DutyPeriodView(period.period(), period.due(), state, report, status, submittedOn);
        }
        var state = asOf.isAfter(period.due()) ? CompletenessState.MISSING : CompletenessState.PENDING;
        return new DutyPeriodView(period.period(), period.due(), state, report, status, null);
    }

    /** Every period of a duty as of a day. */
    public static List<DutyPeriodView> periods(Duty duty, Map<String, ReportFact> factsByPeriod, LocalDate asOf) {
        return duty.periods().stream()
                .map(p -> state(p, factsByPeriod.get(p.period().code()), asOf)).toList();
    }

    public static CompletenessCounts count(Collection<DutyPeriodView> periods) {
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int pending = 0;
        int accepted = 0;
        for (var p : periods) {
            switch (p.state()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> missing++;
                case PENDING -> pending++;
            }
            if (p.state().isReported() && p.reportStatus() == ReportStatus.ACCEPTED) {
                accepted++;
            }
        }
        return new CompletenessCounts(onTime + late + missing, onTime + late, accepted, onTime, late, missing,
                pending);
    }

    /** The facts of reports answering duties, by duty and then period code. */
    public static Map<DutyId, Map<String, ReportFact>> index(Collection<ReportFact> facts) {
        var index = new HashMap<DutyId, Map<String, ReportFact>>();
        for (var fact : facts) {
            index.computeIfAbsent(fact.duty(), d -> new HashMap<>()).put(fact.period().code(), fact);
        }
        return index;
    }

    /** A year's completeness over these duties (in the order given), per unit or office and per duty. */
    public static CompletenessReport report(int year, List<Duty> duties, Collection<ReportFact> facts,
            LocalDate asOf) {
        var index = index(facts);
        var byReporter = new LinkedHashMap<Reporter, List<DutyCompleteness>>();
        for (var duty : duties) {
            var periods = periods(duty, index.getOrDefault(duty.getId(), Map.of()), asOf);
            byReporter.computeIfAbsent(duty.reporter(), r -> new ArrayList<>()).add(new DutyCompleteness(
                    duty.getId(), duty.kind(), duty.frequency(), duty.subject(), duty.subjectLabel(), count(periods),
                    periods));
        }
        var reporters = new ArrayList<ReporterCompleteness>();
        var total = CompletenessCounts.NONE;
        for (var entry : byReporter.entrySet()) {
            var counts = entry.getValue().stream().map(DutyCompleteness::counts)
                    .reduce(CompletenessCounts.NONE, CompletenessCounts::plus);
            reporters.add(new ReporterCompleteness(entry.getKey(), counts, entry.getValue()));
            total = total.plus(counts);
        }
        return new CompletenessReport(year, asOf, total, reporters);
    }
}
