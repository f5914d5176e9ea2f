package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.CompletenessState;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.DutyPeriodView;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.junit.jupiter.api.Test;

/** Completeness and timeliness as DHIS2 counts them: expected, reported on time or late, missing, pending. */
class CompletenessCalculatorTests {

    static final Reporter SHIPEI = Reporter.unit(new UnitCode("shipei"));
    static final Reporter ZHIJIAO = Reporter.office(new OfficeCode("zhijiao"));

    static Duty quarterly(Reporter reporter) {
        return new Duty(DutyId.next(), 2018, reporter, ReportSubject.task(2018, 3), "滇西兜底招生", ReportKind.NEWS,
                DutyFrequency.QUARTERLY, 10, null, null, null, Instant.EPOCH, "admin", 0);
    }

    static ReportFact fact(Duty duty, int quarter, ReportStatus status, String firstSubmitted) {
        return new ReportFact(duty.getId(), new ReportPeriod(2018, DutyFrequency.QUARTERLY, quarter), ReportId.next(),
                status, firstSubmitted == null ? null : Instant.parse(firstSubmitted));
    }

    static DutyPeriod q3(Duty duty) {
        return duty.periods().get(2); // due 2018-10-10
    }

    @Test
    void submittedOnTheDueDayInShanghaiIsOnTimeAndAMinuteAfterItsMidnightIsLate() {
        var duty = quarterly(SHIPEI);
        var asOf = LocalDate.of(2018, 12, 1);
        // 2018-10-10 23:30 in Shanghai is 15:30 UTC the same day; 2018-10-11 00:01 in Shanghai is 16:01 UTC on the 10th.
        assertThat(CompletenessCalculator.state(q3(duty), fact(duty, 3, ReportStatus.SUBMITTED, "2018-10-10T15:30:00Z"),
                asOf).state()).isEqualTo(CompletenessState.ON_TIME);
        assertThat(CompletenessCalculator.state(q3(duty), fact(duty, 3, ReportStatus.ACCEPTED, "2018-10-10T16:01:00Z"),
                asOf).state()).isEqualTo(CompletenessState.LATE);
    }

    @Test
    void anUnreportedPeriodIsPendingThroughItsDueDayAndMissingAfter() {
        var duty = quarterly(SHIPEI);
        assertThat(CompletenessCalculator.state(q3(duty), null, LocalDate.of(2018, 10, 10)).state())
                .isEqualTo(CompletenessState.PENDING);
        assertThat(CompletenessCalculator.state(q3(duty), null, LocalDate.of(2018, 10, 11)).state())
                .isEqualTo(CompletenessState.MISSING);
    }

    @Test
    void aDraftOrAReturnedReportIsNotReported() {
        var duty = quarterly(SHIPEI);
        var asOf = LocalDate.of(2018, 12, 1);
        assertThat(CompletenessCalculator.state(q3(duty), fact(duty, 3, ReportStatus.DRAFT, null), asOf).state())
                .isEqualTo(CompletenessState.MISSING);
        var returned = CompletenessCalculator.state(q3(duty),
                fact(duty, 3, ReportStatus.RETURNED, "2018-10-08T02:00:00Z"), asOf);
        assertThat(returned.state()).isEqualTo(CompletenessState.MISSING);
        assertThat(returned.reportStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.report()).isNotNull();
    }

    @Test
    void aReportReturnedAndSubmittedAgainKeepsTheDayItFirstCameIn() {
        var duty = quarterly(SHIPEI);
        // first submitted on 8 October (on time), returned, submitted again on 20 October: still on time.
        var view = CompletenessCalculator.state(q3(duty), fact(duty, 3, ReportStatus.SUBMITTED, "2018-10-08T02:00:00Z"),
                LocalDate.of(2018, 12, 1));
        assertThat(view.state()).isEqualTo(CompletenessState.ON_TIME);
        assertThat(view.submittedOn()).isEqualTo(LocalDate.of(2018, 10, 8));
    }

    @Test
    void aReportFirstSubmittedAfterTheDayAskedAboutWasNotReportedYetThen() {
        var duty = quarterly(SHIPEI);
        var late = fact(duty, 3, ReportStatus.ACCEPTED, "2018-11-20T02:00:00Z");
        assertThat(CompletenessCalculator.state(q3(duty), late, LocalDate.of(2018, 11, 1)).state())
                .isEqualTo(CompletenessState.MISSING);
        assertThat(CompletenessCalculator.state(q3(duty), late, LocalDate.of(2018, 11, 20)).state())
                .isEqualTo(CompletenessState.LATE);
    }

    @Test
    void countsAndPercentagesOfADutysYear() {
        var duty = quarterly(SHIPEI);
        var facts = List.of(fact(duty, 1, ReportStatus.ACCEPTED, "2018-04-08T02:00:00Z"),
                fact(duty, 2, ReportStatus.SUBMITTED, "2018-07-16T02:00:00Z"));
        // as of 1 December: Q1 on time, Q2 late, Q3 missing, Q4 (due 10 January) pending
        var report = CompletenessCalculator.report(2018, List.of(duty), facts, LocalDate.of(2018, 12, 1));

        var counts = report.total();
        assertThat(counts).isEqualTo(new CompletenessCounts(3, 2, 1, 1, 1, 1, 1));
        assertThat(counts.completeness()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(counts.timeliness()).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(report.reporters().get(0).duties().get(0).periods()).extracting(DutyPeriodView::state)
                .containsExactly(CompletenessState.ON_TIME, CompletenessState.LATE, CompletenessState.MISSING,
                        CompletenessState.PENDING);
    }

    @Test
    void aPeriodReportedBeforeItIsDueIsExpectedAndOnTime() {
        var duty = quarterly(SHIPEI);
        var report = CompletenessCalculator.report(2018, List.of(duty),
                List.of(fact(duty, 4, ReportStatus.SUBMITTED, "2018-12-28T02:00:00Z")), LocalDate.of(2018, 12, 30));

        // Q1–Q3 missing, Q4 not due yet but reported: 4 expected, 1 reported on time
        assertThat(report.total()).isEqualTo(new CompletenessCounts(4, 1, 0, 1, 0, 3, 0));
        assertThat(report.total().completeness()).isEqualByComparingTo(new BigDecimal("25.0"));
    }

    @Test
    void nothingExpectedYetHasNoPercentage() {
        var duty = quarterly(SHIPEI);
        var report = CompletenessCalculator.report(2018, List.of(duty), List.of(), LocalDate.of(2018, 1, 15));

        assertThat(report.total()).isEqualTo(new CompletenessCounts(0, 0, 0, 0, 0, 0, 4));
        assertThat(report.total().completeness()).isNull();
        assertThat(report.total().timeliness()).isNull();
    }

    @Test
    void unitsAndOfficesAreCountedApartAndTogether() {
        var shipei = quarterly(SHIPEI);
        var shipeiYearly = new Duty(DutyId.next(), 2018, SHIPEI, ReportSubject.task(2018, 40), "沪遵", ReportKind.SUMMARY,
                DutyFrequency.YEARLY, 31, null, null, null, Instant.EPOCH, "admin", 0);
        var zhijiao = quarterly(ZHIJIAO);
        var facts = new ArrayList<ReportFact>();
        for (int q = 1; q <= 4; q++) {
            facts.add(fact(zhijiao, q, ReportStatus.ACCEPTED, "2018-0" + (q * 2) + "-01T02:00:00Z"));
        }
        facts.add(fact(shipei, 1, ReportStatus.SUBMITTED, "2018-04-20T02:00:00Z"));

        var report = CompletenessCalculator.report(2018, List.of(shipei, shipeiYearly, zhijiao), facts,
                LocalDate.of(2019, 3, 1));

        assertThat(report.reporters()).extracting(r -> r.reporter().key()).containsExactly("UNIT:shipei",
                "OFFICE:zhijiao");
        assertThat(report.reporters().get(0).counts()).isEqualTo(new CompletenessCounts(5, 1, 0, 0, 1, 4, 0));
        assertThat(report.reporters().get(0).duties()).hasSize(2);
        assertThat(report.reporters().get(1).counts()).isEqualTo(new CompletenessCounts(4, 4, 4, 4, 0, 0, 0));
        assertThat(report.total()).isEqualTo(new CompletenessCounts(9, 5, 4, 4, 1, 4, 0));
        assertThat(report.total().completeness()).isEqualByComparingTo(new BigDecimal("55.6"));
    }
}
