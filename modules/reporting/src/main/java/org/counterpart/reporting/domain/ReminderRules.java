package org.counterpart.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.counterpart.reporting.ReminderKind;

/**
 * When a period calls for a reminder: it is not reported and falls due within the days set before it (today
 * included), or it is overdue — for the days set after, so a period long overdue does not remind forever.
 */
public final class ReminderRules {

    private ReminderRules() {
    }

    public static Optional<ReminderKind> reminderFor(DutyPeriod period, ReportFact fact, LocalDate today,
            int daysBefore, int overdueWithinDays) {
        if (fact != null && fact.status().countsAsReported()) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, period.due());
        if (daysLeft >= 0 && daysLeft <= daysBefore) {
            return Optional.of(ReminderKind.DUE_SOON);
        }
        if (daysLeft < 0 && -daysLeft <= overdueWithinDays) {
            return Optional.of(ReminderKind.OVERDUE);
        }
        return Optional.empty();
    }
}
