package org.counterpart.reporting;

import java.time.LocalDate;

/**
 * A duty as the commission office sets it: for a year, which unit or office reports, on which task or programme,
 * what kind of report, how often, and by when — the days allowed after each period's end for a recurring duty, the
 * due day for a duty asked once. The contact e-mail receives the reminders (accounts carry no e-mail address).
 */
public record DutyDraft(int year, Reporter reporter, ReportSubject subject, ReportKind kind, DutyFrequency frequency,
        Integer daysAllowed, LocalDate dueOn, String contactEmail, String note) {
}
