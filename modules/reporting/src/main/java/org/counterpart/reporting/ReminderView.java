package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 报送提醒 — a reminder to a unit or office that a period of its duty falls due soon or is overdue (as of today: a
 * reminder made while the period was due soon reads overdue once its day has passed), shown until a report answering
 * the period is submitted; whether it was also sent by e-mail.
 */
public record ReminderView(UUID id, ReminderKind kind, DutyId duty, Reporter reporter, ReportKind reportKind,
        String subjectLabel, ReportPeriod period, LocalDate due, LocalDate createdOn, boolean emailed) {
}
