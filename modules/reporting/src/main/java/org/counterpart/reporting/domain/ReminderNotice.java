package org.counterpart.reporting.domain;

import java.time.LocalDate;

import org.counterpart.reporting.ReminderKind;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;

/** A reminder as an e-mail tells it: to whom, why, for which unit or office, duty and period, due when. */
public record ReminderNotice(String to, ReminderKind kind, String reporterName, ReportKind reportKind,
        String subjectLabel, ReportPeriod period, LocalDate due) {
}
