package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.counterpart.directory.UnitCode;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.junit.jupiter.api.Test;

/** The periods a duty derives and the day each is due, per frequency. */
class DutyDueDatesTests {

    static Duty duty(DutyFrequency frequency, Integer daysAllowed, LocalDate dueOn) {
        return new Duty(DutyId.next(), 2018, Reporter.unit(new UnitCode("shipei")), ReportSubject.task(2018, 40),
                "开展沪遵教育培训", ReportKind.NEWS, frequency, daysAllowed, dueOn, null, null, Instant.EPOCH, "admin", 0);
    }

    @Test
    void aQuarterlyDutyIsDueTheDaysAllowedAfterEachQuarterEnds() {
        assertThat(duty(DutyFrequency.QUARTERLY, 10, null).periods()).extracting(p -> p.period().code(), DutyPeriod::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2018-Q1", LocalDate.of(2018, 4, 10)),
                        org.assertj.core.groups.Tuple.tuple("2018-Q2", LocalDate.of(2018, 7, 10)),
                        org.assertj.core.groups.Tuple.tuple("2018-Q3", LocalDate.of(2018, 10, 10)),
                        org.assertj.core.groups.Tuple.tuple("2018-Q4", LocalDate.of(2019, 1, 10)));
    }

    @Test
    void aMonthlyDutyCountsFromEachMonthsLastDay() {
        var monthly = duty(DutyFrequency.MONTHLY, 10, null);
        assertThat(monthly.periods()).hasSize(12);
        assertThat(monthly.due(new ReportPeriod(2018, DutyFrequency.MONTHLY, 2))).isEqualTo(LocalDate.of(2018, 3, 10));
        assertThat(monthly.due(new ReportPeriod(2018, DutyFrequency.MONTHLY, 1))).isEqualTo(LocalDate.of(2018, 2, 10));
        var sameDay = duty(DutyFrequency.MONTHLY, 0, null);
        assertThat(sameDay.due(new ReportPeriod(2018, DutyFrequency.MONTHLY, 4))).isEqualTo(LocalDate.of(2018, 4, 30));
    }

    @Test
    void halfYearlyAndYearlyDuties() {
        assertThat(duty(DutyFrequency.HALF_YEARLY, 15, null).periods()).extracting(DutyPeriod::due)
                .containsExactly(LocalDate.of(2018, 7, 15), LocalDate.of(2019, 1, 15));
        assertThat(duty(DutyFrequency.YEARLY, 31, null).periods()).extracting(DutyPeriod::due)
                .containsExactly(LocalDate.of(2019, 1, 31));
    }

    @Test
    void aOneOffDutyIsDueOnItsDayAndNeedsOne() {
        var once = duty(DutyFrequency.ONCE, null, LocalDate.of(2018, 12, 20));
        assertThat(once.periods()).extracting(p -> p.period().code(), DutyPeriod::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2018-ONCE", LocalDate.of(2018, 12, 20)));
        assertRefused(() -> duty(DutyFrequency.ONCE, null, null), "reporting.duty.due-required");
        assertRefused(() -> duty(DutyFrequency.ONCE, null, LocalDate.of(2020, 1, 1)), "reporting.duty.due-outside-year");
    }

    @Test
    void daysAllowedAreZeroToOneHundredAndTwenty() {
        assertRefused(() -> duty(DutyFrequency.QUARTERLY, -1, null), "reporting.duty.days-allowed-invalid");
        assertRefused(() -> duty(DutyFrequency.QUARTERLY, 121, null), "reporting.duty.days-allowed-invalid");
        assertRefused(() -> duty(DutyFrequency.QUARTERLY, null, null), "reporting.duty.days-allowed-invalid");
        assertThat(duty(DutyFrequency.QUARTERLY, 120, null).daysAllowed()).isEqualTo(120);
    }

    @Test
    void aPeriodOfAnotherFrequencyOrYearIsNotTheDutys() {
        var quarterly = duty(DutyFrequency.QUARTERLY, 10, null);
        assertThat(quarterly.covers(new ReportPeriod(2018, DutyFrequency.QUARTERLY, 2))).isTrue();
        assertThat(quarterly.covers(new ReportPeriod(2019, DutyFrequency.QUARTERLY, 2))).isFalse();
        assertThat(quarterly.covers(new ReportPeriod(2018, DutyFrequency.HALF_YEARLY, 1))).isFalse();
        assertRefused(() -> quarterly.due(new ReportPeriod(2018, DutyFrequency.MONTHLY, 3)),
                "reporting.report.period-not-of-duty");
    }

    @Test
    void aContactAddressMustLookLikeOne() {
        assertRefused(() -> new Duty(DutyId.next(), 2018, Reporter.unit(new UnitCode("shipei")),
                ReportSubject.task(2018, 40), "x", ReportKind.NEWS, DutyFrequency.YEARLY, 10, null, "not an address",
                null, Instant.EPOCH, "admin", 0), "reporting.duty.email-invalid");
    }

    @Test
    void anAnsweredDutyChangesOnlyItsDaysDueDayContactAndNote() {
        var duty = duty(DutyFrequency.QUARTERLY, 10, null);
        var later = duty.changedTo(2018, duty.reporter(), duty.subject(), duty.subjectLabel(), duty.kind(),
                DutyFrequency.QUARTERLY, 15, null, "contact@example.org", "改为 15 天", true);
        assertThat(later.due(new ReportPeriod(2018, DutyFrequency.QUARTERLY, 3))).isEqualTo(LocalDate.of(2018, 10, 15));
        assertThat(later.contactEmail()).isEqualTo("contact@example.org");

        assertThatThrownBy(() -> duty.changedTo(2018, duty.reporter(), duty.subject(), duty.subjectLabel(),
                duty.kind(), DutyFrequency.MONTHLY, 10, null, null, null, true))
                .isInstanceOfSatisfying(ReportRejected.class, r -> {
                    assertThat(r.kind()).isEqualTo(ReportRejected.Kind.CONFLICT);
                    assertThat(r.messageKey()).isEqualTo("reporting.duty.answered-fixed");
                });
        assertThat(duty.changedTo(2018, duty.reporter(), duty.subject(), duty.subjectLabel(), duty.kind(),
                DutyFrequency.MONTHLY, 10, null, null, null, false).periods()).hasSize(12);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ReportRejected.class,
                r -> assertThat(r.messageKey()).isEqualTo(key));
    }
}
