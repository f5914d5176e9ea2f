package org.counterpart.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.CompletenessFilter;
import org.counterpart.reporting.CompletenessQueries;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Completeness and timeliness of a year's reporting as JSON, per unit or office and per duty with each period — the
 * counts and the percentages (one decimal; null when nothing is expected yet).
 */
@RestController
class CompletenessApiController {

    private final CompletenessQueries completeness;
    private final ReportLabels labels;

    CompletenessApiController(CompletenessQueries completeness, ReportLabels labels) {
        this.completeness = completeness;
        this.labels = labels;
    }

    record Counts(int expected, int reported, int accepted, int onTime, int late, int missing, int pending,
            BigDecimal completeness, BigDecimal timeliness) {

        static Counts of(CompletenessCounts c) {
            return new Counts(c.expected(), c.reported(), c.accepted(), c.onTime(), c.late(), c.missing(),
                    c.pending(), c.completeness(), c.timeliness());
        }
    }

    record ReporterLine(ReportView.Named reporter, Counts counts, List<DutyLine> duties) {
    }

    record DutyLine(String duty, ReportKind kind, DutyFrequency frequency, ReportView.SubjectView subject,
            Counts counts, List<DutyView.PeriodLine> periods) {
    }

    record Answer(int year, LocalDate asOf, Counts total, List<ReporterLine> reporters) {
    }

    @GetMapping("/api/reporting/{year}/completeness")
    @Operation(summary = "A year's completeness and timeliness as of a day (default today), per unit or office and per "
            + "duty, filtered by unit, office and kind")
    Answer completeness(@PathVariable int year, @RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) List<String> office, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale) {
        var report = completeness.completeness(year, filter(unit, office, kind), asOf);
        return answer(report, labels, labels.reporterNames(locale), locale);
    }

    static CompletenessFilter filter(List<String> units, List<String> offices, String kind) {
        var reporters = new java.util.HashSet<Reporter>();
        if (units != null) {
            units.stream().filter(ReportLabels::present).forEach(u -> reporters.add(new Reporter(ReporterType.UNIT, u)));
        }
        if (offices != null) {
            offices.stream().filter(ReportLabels::present)
                    .forEach(o -> reporters.add(new Reporter(ReporterType.OFFICE, o)));
        }
        return new CompletenessFilter(Set.copyOf(reporters),
                ReportLabels.present(kind) ? ReportKind.parse(kind) : null);
    }

    static Answer answer(CompletenessReport report, ReportLabels labels, Map<String, String> names, Locale locale) {
        return new Answer(report.year(), report.asOf(), Counts.of(report.total()), report.reporters().stream()
                .map(r -> new ReporterLine(ReportView.named(r.reporter(), names), Counts.of(r.counts()),
                        r.duties().stream().map(d -> new DutyLine(d.duty().toString(), d.kind(), d.frequency(),
                                ReportView.subject(d.subject(), d.subjectLabel()), Counts.of(d.counts()),
                                d.periods().stream().map(p -> DutyView.line(p, labels, locale)).toList())).toList()))
                .toList());
    }
}
