package org.counterpart.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A programme takes what it leaves open from its kind, keeps its funding exact and its quota lines unambiguous. */
class EnrolmentProgrammeTests {

    static final UnitCode GONGYE = new UnitCode("gongye-school");
    static final UnitCode LVYOU = new UnitCode("lvyou-school");

    static EnrolmentProgramme programme(BigDecimal funding, List<QuotaLine> quotas) {
        return new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                null, null, null, null, funding, quotas, 0);
    }

    static EnrolmentProgramme programme(String funding) {
        return programme(new BigDecimal(funding), List.of(new QuotaLine(GONGYE, null, 40)));
    }

    @Test
    void whatIsLeftOpenIsTakenFromTheKind() {
        var programme = programme("224.3");

        assertThat(programme.name()).isEqualTo("中职联合办学");
        assertThat(programme.sourceRegion()).isEqualTo(new RegionCode("western-partners"));
        assertThat(programme.planTask()).isEqualTo(47);
        assertThat(programme.coordinatingOffice()).isEqualTo(new OfficeCode("zhijiao"));
    }

    @Test
    void whatIsGivenOverridesTheKind() {
        var programme = new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018, ProgrammeKind.TIBET_SENIOR_CLASS,
                "  内地西藏高中班（上海）  ", new RegionCode("shigatse"), 22, new OfficeCode("xuesheng"), null,
                List.of(new QuotaLine(GONGYE, null, 40)), 0);

        assertThat(programme.name()).isEqualTo("内地西藏高中班（上海）");
        assertThat(programme.sourceRegion()).isEqualTo(new RegionCode("shigatse"));
        assertThat(programme.planTask()).isEqualTo(22);
        assertThat(programme.coordinatingOffice()).isEqualTo(new OfficeCode("xuesheng"));
    }

    @Test
    void aBlankNameIsTheKindsName() {
        var programme = new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018,
                ProgrammeKind.KASHGAR_TARGETED_ENROLMENT, " ", null, null, null, null,
                List.of(new QuotaLine(GONGYE, null, 1)), 0);

        assertThat(programme.name()).isEqualTo("喀什地区就业定向招生");
    }

    @Test
    void aProgrammeNeedsAKindAPlausibleYearAndTask() {
        var quota = List.of(new QuotaLine(GONGYE, null, 1));
        assertRefused(() -> new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018, null, null, null, null, null,
                null, quota, 0), "enrolment.kind.required");
        assertRefused(() -> new EnrolmentProgramme(EnrolmentProgrammeId.next(), 1999,
                ProgrammeKind.TIBET_JUNIOR_CLASS, null, null, null, null, null, quota, 0),
                "enrolment.programme.year-invalid");
        assertRefused(() -> new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018,
                ProgrammeKind.TIBET_JUNIOR_CLASS, null, null, 0, null, null, quota, 0),
                "enrolment.programme.plan-task-invalid");
        assertRefused(() -> new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018,
                ProgrammeKind.TIBET_JUNIOR_CLASS, "名".repeat(EnrolmentProgramme.MAX_NAME + 1), null, null, null, null,
                quota, 0), "enrolment.programme.name-too-long");
    }

    @Test
    void fundingIsKeptExactlyInWanYuan() {
        assertThat(programme("224.3").funding()).isEqualTo(new BigDecimal("224.30"));
        assertThat(programme("0.01").funding()).isEqualTo(new BigDecimal("0.01"));
        assertThat(programme("100000").funding()).isEqualByComparingTo("100000");
        assertThat(programme("224.300").funding()).isEqualTo(new BigDecimal("224.30"));
    }

    @Test
    void noFundingIsZero() {
        assertThat(programme(null, List.of(new QuotaLine(GONGYE, null, 1))).funding())
                .isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-0.01", "-1", "100000.01", "1000000", "224.301", "0.001" })
    void fundingIsNeverNegativeNorAboveAHundredThousandNorFinerThanAFen(String amount) {
        assertRefused(() -> programme(amount), "enrolment.programme.funding-invalid");
    }

    @Test
    void aProgrammeHasAtLeastOneQuotaLine() {
        assertRefused(() -> programme(null, List.of()), "enrolment.quota.required");
        assertRefused(() -> programme(null, null), "enrolment.quota.required");
    }

    @Test
    void aSchoolAndMajorHaveOneLineOnly() {
        assertRefused(() -> programme(null, List.of(new QuotaLine(GONGYE, null, 10), new QuotaLine(GONGYE, " ", 5))),
                "enrolment.quota.duplicate");
        assertRefused(() -> programme(null, List.of(new QuotaLine(LVYOU, "酒店管理", 10),
                new QuotaLine(LVYOU, "酒店管理", 5))), "enrolment.quota.duplicate");
    }

    @Test
    void aSchoolPlansEitherAsAWholeOrByMajorNotBoth() {
        assertRefused(() -> programme(null, List.of(new QuotaLine(LVYOU, null, 10),
                new QuotaLine(LVYOU, "酒店管理", 5))), "enrolment.quota.mixed");
        assertRefused(() -> programme(null, List.of(new QuotaLine(LVYOU, "酒店管理", 5),
                new QuotaLine(LVYOU, null, 10))), "enrolment.quota.mixed");

        var mixedSchools = programme(null, List.of(new QuotaLine(GONGYE, null, 10), new QuotaLine(LVYOU, "酒店管理", 5),
                new QuotaLine(LVYOU, "中餐烹饪", 6)));
        assertThat(mixedSchools.quota()).isEqualTo(21);
        assertThat(mixedSchools.plansByMajor(LVYOU)).isTrue();
        assertThat(mixedSchools.plansByMajor(GONGYE)).isFalse();
        assertThat(mixedSchools.hosts(LVYOU)).isTrue();
        assertThat(mixedSchools.hosts(new UnitCode("elsewhere"))).isFalse();
    }

    @Test
    void aStudentTakesASeatOfTheLineForTheirSchoolAndMajor() {
        var programme = programme(null, List.of(new QuotaLine(GONGYE, null, 10), new QuotaLine(LVYOU, "酒店管理", 5)));

        assertThat(programme.lineFor(GONGYE, "数控")).contains(new QuotaLine(GONGYE, null, 10));
        assertThat(programme.lineFor(LVYOU, "酒店管理")).contains(new QuotaLine(LVYOU, "酒店管理", 5));
        assertThat(programme.lineFor(LVYOU, "中餐烹饪")).isEmpty();
        assertThat(programme.lineFor(LVYOU, null)).isEmpty();
    }

    @Test
    void aRevisionRecordsTheFundingAndTheQuotaBeforeAndAfter() {
        var programme = programme(new BigDecimal("224.3"), List.of(new QuotaLine(GONGYE, null, 40)));

        programme.revise(new BigDecimal("230"),
                List.of(new QuotaLine(GONGYE, null, 35), new QuotaLine(LVYOU, "酒店管理", 5)));

        assertThat(programme.drainChanges()).containsExactly(new RecordedChange("funding", "224.3", "230"),
                new RecordedChange("quota", "gongye-school:40", "gongye-school:35, lvyou-school/酒店管理:5"));
        assertThat(programme.drainChanges()).as("drained once").isEmpty();
        assertThat(programme.funding()).isEqualTo(new BigDecimal("230.00"));
        assertThat(programme.quota()).isEqualTo(40);
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        var programme = programme(new BigDecimal("224.3"), List.of(new QuotaLine(GONGYE, null, 40)));

        programme.revise(new BigDecimal("224.30"), List.of(new QuotaLine(GONGYE, " ", 40)));

        assertThat(programme.drainChanges()).isEmpty();
    }

    @Test
    void aRevisionOfOnlyTheQuotaRecordsOnlyTheQuota() {
        var programme = programme(new BigDecimal("10"), List.of(new QuotaLine(GONGYE, null, 40)));

        programme.revise(new BigDecimal("10"), List.of(new QuotaLine(GONGYE, null, 41)));

        assertThat(programme.drainChanges()).containsExactly(
                new RecordedChange("quota", "gongye-school:40", "gongye-school:41"));
    }

    @Test
    void aWrongRevisionIsRefusedAndChangesNothing() {
        var programme = programme(new BigDecimal("224.3"), List.of(new QuotaLine(GONGYE, null, 40)));

        assertRefused(() -> programme.revise(new BigDecimal("-1"), List.of(new QuotaLine(GONGYE, null, 1))),
                "enrolment.programme.funding-invalid");
        assertRefused(() -> programme.revise(null, List.of()), "enrolment.quota.required");

        assertThat(programme.funding()).isEqualByComparingTo("224.3");
        assertThat(programme.quota()).isEqualTo(40);
        assertThat(programme.drainChanges()).isEmpty();
    }

    @Test
    void aQuotaLineHasAtMostTenThousandSeatsAndNeverFewerThanNone() {
        assertRefused(() -> new QuotaLine(GONGYE, null, -1), "enrolment.quota.seats-invalid");
        assertRefused(() -> new QuotaLine(GONGYE, null, QuotaLine.MAX_SEATS + 1), "enrolment.quota.seats-invalid");
        assertRefused(() -> new QuotaLine(null, null, 1), "enrolment.quota.school-required");
        assertThat(new QuotaLine(GONGYE, "  酒店管理 ", 0).major()).isEqualTo("酒店管理");
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnrolmentRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
