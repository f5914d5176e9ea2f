package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods by frequency: how many a year has, their codes, and the days they cover. */
class ReportPeriodTests {

    @Test
    void aYearHasTwelveMonthsFourQuartersTwoHalvesOneYearAndOneOccasion() {
        assertThat(ReportPeriod.of(2018, DutyFrequency.MONTHLY)).hasSize(12);
        assertThat(ReportPeriod.of(2018, DutyFrequency.QUARTERLY)).extracting(ReportPeriod::code)
                .containsExactly("2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4");
        assertThat(ReportPeriod.of(2018, DutyFrequency.HALF_YEARLY)).extracting(ReportPeriod::code)
                .containsExactly("2018-H1", "2018-H2");
        assertThat(ReportPeriod.of(2018, DutyFrequency.YEARLY)).extracting(ReportPeriod::code).containsExactly("2018-Y");
        assertThat(ReportPeriod.of(2018, DutyFrequency.ONCE)).extracting(ReportPeriod::code).containsExactly("2018-ONCE");
    }

    @Test
    void eachPeriodCoversItsDays() {
        var july = new ReportPeriod(2018, DutyFrequency.MONTHLY, 7);
        assertThat(july.code()).isEqualTo("2018-M07");
        assertThat(july.start()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(july.end()).isEqualTo(LocalDate.of(2018, 7, 31));
        assertThat(new ReportPeriod(2020, DutyFrequency.MONTHLY, 2).end()).isEqualTo(LocalDate.of(2020, 2, 29));
        var q3 = new ReportPeriod(2018, DutyFrequency.QUARTERLY, 3);
        assertThat(q3.start()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2018, 9, 30));
        assertThat(new ReportPeriod(2018, DutyFrequency.HALF_YEARLY, 2).start()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(new ReportPeriod(2018, DutyFrequency.HALF_YEARLY, 2).end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(new ReportPeriod(2018, DutyFrequency.YEARLY, 1).end()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-M01", "2018-M12", "2018-Q1", "2018-Q4", "2018-H2", "2018-Y", "2018-ONCE" })
    void aCodeReadsBackToTheSamePeriod(String code) {
        assertThat(ReportPeriod.parse(code).code()).isEqualTo(code);
        assertThat(ReportPeriod.parse(code.toLowerCase())).isEqualTo(ReportPeriod.parse(code));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-Q5", "2018-M13", "2018-M00", "2018-H3", "18-Q1", "2018Q1", "", "Q1-2018" })
    void textThatIsNoPeriodIsRefused(String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(code)).isInstanceOfSatisfying(ReportRejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("reporting.duty.period-invalid"));
    }
}
