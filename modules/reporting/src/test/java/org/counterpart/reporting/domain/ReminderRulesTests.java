package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReminderKind;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportStatus;
import org.junit.jupiter.api.Test;

/** When a period calls for a reminder: due within the days before it, or overdue within the days after. */
class ReminderRulesTests {

    static final ReportPeriod Q3 = new ReportPeriod(2018, DutyFrequency.QUARTERLY, 3);
    static final DutyPeriod DUE_10_OCTOBER = new DutyPeriod(Q3, LocalDate.of(2018, 10, 10));

    static ReminderKind on(int month, int day, ReportFact fact) {
        return ReminderRules.reminderFor(DUE_10_OCTOBER, fact, LocalDate.of(2018, month, day), 3, 30).orElse(null);
    }

    static ReportFact report(ReportStatus status) {
        return new ReportFact(DutyId.next(), Q3, ReportId.next(), status, Instant.parse("2018-10-01T00:00:00Z"));
    }

    @Test
    void dueSoonFromTheDaysBeforeThroughTheDueDay() {
        assertThat(on(10, 6, null)).isNull();
        assertThat(on(10, 7, null)).isEqualTo(ReminderKind.DUE_SOON);
        assertThat(on(10, 10, null)).isEqualTo(ReminderKind.DUE_SOON);
    }

    @Test
    void overdueFromTheDayAfterForTheDaysSet() {
        assertThat(on(10, 11, null)).isEqualTo(ReminderKind.OVERDUE);
        assertThat(on(11, 9, null)).isEqualTo(ReminderKind.OVERDUE);
        assertThat(on(11, 10, null)).isNull();
    }

    @Test
    void aReportedPeriodNeedsNoReminderButADraftOrAReturnedReportDoes() {
        assertThat(on(10, 8, report(ReportStatus.SUBMITTED))).isNull();
        assertThat(on(10, 12, report(ReportStatus.ACCEPTED))).isNull();
        assertThat(on(10, 8, report(ReportStatus.DRAFT))).isEqualTo(ReminderKind.DUE_SOON);
        assertThat(on(10, 12, report(ReportStatus.RETURNED))).isEqualTo(ReminderKind.OVERDUE);
    }
}
