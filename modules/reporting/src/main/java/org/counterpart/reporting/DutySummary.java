package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A duty with its periods and where each stands. The contact e-mail is shown only to the commission office and to
 * the duty's own unit or office (empty for anyone else).
 */
public record DutySummary(DutyId id, int year, Reporter reporter, ReportSubject subject, String subjectLabel,
        ReportKind kind, DutyFrequency frequency, int daysAllowed, LocalDate dueOn, String contactEmail, String note,
        List<DutyPeriodView> periods, boolean hasReports, long version) {

    public DutySummary {
        periods = List.copyOf(periods);
    }

    /** The next period still to report: the first unreported one due on or after the day, if any. */
    public Optional<DutyPeriodView> nextDue(LocalDate today) {
        return periods.stream().filter(p -> !p.state().isReported() && !p.due().isBefore(today)).findFirst();
    }

    /** How many periods are due and not reported. */
    public long missing() {
        return periods.stream().filter(p -> p.state() == CompletenessState.MISSING).count();
    }
}
