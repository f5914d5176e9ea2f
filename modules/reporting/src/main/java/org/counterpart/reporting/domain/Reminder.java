package org.counterpart.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReminderKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.Reporter;

/** 报送提醒 — made once per duty, period and kind; e-mailed to the duty's contact when mail is set up. */
public record Reminder(UUID id, DutyId duty, ReportPeriod period, ReminderKind kind, Reporter reporter, LocalDate due,
        LocalDate createdOn, Instant createdAt, String emailedTo, Instant emailedAt) {

    /** What makes a reminder one of a kind: its duty, period and kind. */
    public String key() {
        return key(duty, period, kind);
    }

    public static String key(DutyId duty, ReportPeriod period, ReminderKind kind) {
        return duty + "|" + period.code() + "|" + kind;
    }
}
