package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's completeness and timeliness as of a day: in total, per unit or office, and per duty with each period's
 * state — the table the commission office reads to see who reported, on time, late, or not at all.
 */
public record CompletenessReport(int year, LocalDate asOf, CompletenessCounts total,
        List<ReporterCompleteness> reporters) {

    public CompletenessReport {
        reporters = List.copyOf(reporters);
    }

    /** No duty to count. */
    public static CompletenessReport none(int year, LocalDate asOf) {
        return new CompletenessReport(year, asOf, CompletenessCounts.NONE, List.of());
    }

    /** One unit's or office's counts over its duties of the year. */
    public record ReporterCompleteness(Reporter reporter, CompletenessCounts counts, List<DutyCompleteness> duties) {

        public ReporterCompleteness {
            duties = List.copyOf(duties);
        }
    }

    /** One duty's counts and its periods. */
    public record DutyCompleteness(DutyId duty, ReportKind kind, DutyFrequency frequency, ReportSubject subject,
            String subjectLabel, CompletenessCounts counts, List<DutyPeriodView> periods) {

        public DutyCompleteness {
            periods = List.copyOf(periods);
        }
    }
}
