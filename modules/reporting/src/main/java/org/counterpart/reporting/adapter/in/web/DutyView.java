package org.counterpart.reporting.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.CompletenessState;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyPeriodView;
import org.counterpart.reporting.DutySummary;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportStatus;

/** A duty as the API answers it, with each period: due when, where it stands, the report answering it. */
record DutyView(String id, int year, ReportView.Named reporter, ReportView.SubjectView subject, ReportKind kind,
        String kindName, DutyFrequency frequency, int daysAllowed, LocalDate dueOn, String contactEmail, String note,
        PeriodLine nextDue, long missing, List<PeriodLine> periods, boolean hasReports, long version) {

    record PeriodLine(String period, String periodName, LocalDate due, CompletenessState state, String report,
            ReportStatus reportStatus, LocalDate submittedOn) {
    }

    static DutyView of(DutySummary d, ReportLabels labels, Map<String, String> names, LocalDate today,
            Locale locale) {
        return new DutyView(d.id().toString(), d.year(), ReportView.named(d.reporter(), names),
                ReportView.subject(d.subject(), d.subjectLabel()), d.kind(), labels.kind(d.kind(), locale),
                d.frequency(), d.daysAllowed(), d.dueOn(), d.contactEmail(), d.note(),
                d.nextDue(today).map(p -> line(p, labels, locale)).orElse(null), d.missing(),
                d.periods().stream().map(p -> line(p, labels, locale)).toList(), d.hasReports(), d.version());
    }

    static PeriodLine line(DutyPeriodView p, ReportLabels labels, Locale locale) {
        return new PeriodLine(p.period().code(), labels.period(p.period(), locale), p.due(), p.state(),
                p.report() == null ? null : p.report().toString(), p.reportStatus(), p.submittedOn());
    }
}
