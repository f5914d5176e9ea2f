package org.counterpart.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A subsidy goes to a poor household's student who is or was at school, once a term, in whole fen up to 50000 元. */
class SubsidyTests {

    static final Instant AT = Instant.parse("2018-10-08T02:00:00Z");
    static final Term AUTUMN_2018 = new Term(2018, 1);

    static Student student(boolean poverty, StudentStage stage, int cohortYear) {
        return new Student(StudentId.next(), EnrolmentProgrammeId.next(), "阿依古丽", Gender.FEMALE, "维吾尔族",
                StudentTests.SEALED, new RegionCode("kashgar"), "疏附县", poverty, new UnitCode("gongye-school"), "数控",
                cohortYear, stage, null, false, 0);
    }

    static final Student POOR_AND_AT_SCHOOL = student(true, StudentStage.ENROLLED, 2018);

    static Subsidy grant(Student student, Term term, String amount, String purpose, Set<Term> granted) {
        return Subsidy.grant(student, term, amount == null ? null : new BigDecimal(amount), purpose, granted, "职教处",
                AT);
    }

    @Test
    void aStudentOfAPoorHouseholdAtSchoolIsGrantedASubsidy() {
        var subsidy = grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1500", "  生活补助  ", Set.of());

        assertThat(subsidy.student()).isEqualTo(POOR_AND_AT_SCHOOL.getId());
        assertThat(subsidy.term()).isEqualTo(AUTUMN_2018);
        assertThat(subsidy.amount()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(subsidy.purpose()).isEqualTo("生活补助");
        assertThat(subsidy.grantedBy()).isEqualTo("职教处");
        assertThat(subsidy.grantedAt()).isEqualTo(AT);
        assertThat(subsidy.getId()).isNotNull();
    }

    @Test
    void theAmountIsKeptExactly() {
        assertThat(grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "0.01", "书本费", Set.of()).amount())
                .isEqualTo(new BigDecimal("0.01"));
        assertThat(grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "50000", "书本费", Set.of()).amount())
                .isEqualTo(new BigDecimal("50000.00"));
        assertThat(grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1234.50", "书本费", Set.of()).amount())
                .isEqualTo(new BigDecimal("1234.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "0.00", "-1", "50000.01", "100000", "10.001" })
    void theAmountIsAboveNothingAtMostFiftyThousandAndInFen(String amount) {
        assertRefused(() -> grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, amount, "生活补助", Set.of()),
                "enrolment.subsidy.amount-invalid");
    }

    @Test
    void anAmountIsRequired() {
        assertRefused(() -> grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, null, "生活补助", Set.of()),
                "enrolment.subsidy.amount-invalid");
    }

    @Test
    void aTermIsRequired() {
        assertRefused(() -> grant(POOR_AND_AT_SCHOOL, null, "1500", "生活补助", Set.of()),
                "enrolment.subsidy.term-required");
    }

    @Test
    void aSubsidySaysWhatItIsFor() {
        assertRefused(() -> grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1500", null, Set.of()),
                "enrolment.subsidy.purpose-required");
        assertRefused(() -> grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1500", "   ", Set.of()),
                "enrolment.subsidy.purpose-required");
        assertRefused(() -> grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1500", "费".repeat(Subsidy.MAX_PURPOSE + 1),
                Set.of()), "enrolment.subsidy.purpose-too-long");
        assertThat(grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1500", "费".repeat(Subsidy.MAX_PURPOSE), Set.of())
                .purpose()).hasSize(Subsidy.MAX_PURPOSE);
    }

    @Test
    void onlyAStudentOfAPoorHouseholdIsGrantedOne() {
        assertRefused(() -> grant(student(false, StudentStage.ENROLLED, 2018), AUTUMN_2018, "1500", "生活补助",
                Set.of()), "enrolment.subsidy.not-poverty");
    }

    @ParameterizedTest
    @EnumSource(names = { "AWAITING_APPROVAL", "ADMITTED", "WITHDRAWN" })
    void aStudentNotYetAtSchoolOrWithdrawnIsGrantedNone(StudentStage stage) {
        assertRefused(() -> grant(student(true, stage, 2018), AUTUMN_2018, "1500", "生活补助", Set.of()),
                "enrolment.subsidy.not-enrolled");
    }

    @ParameterizedTest
    @EnumSource(names = { "ENROLLED", "GRADUATED", "EMPLOYED_IN_SHANGHAI", "RETURNED_HOME", "FURTHER_STUDY" })
    void aStudentWhoIsOrWasAtSchoolMayBeGrantedOne(StudentStage stage) {
        assertThat(grant(student(true, stage, 2018), AUTUMN_2018, "1500", "生活补助", Set.of()).amount())
                .isEqualByComparingTo("1500");
    }

    @Test
    void noSubsidyIsGrantedForATermBeforeTheStudentCame() {
        var cohort2019 = student(true, StudentStage.ENROLLED, 2019);

        assertRefused(() -> grant(cohort2019, new Term(2018, 2), "1500", "生活补助", Set.of()),
                "enrolment.subsidy.before-cohort");
        assertThat(grant(cohort2019, new Term(2019, 1), "1500", "生活补助", Set.of()).term()).isEqualTo(new Term(2019, 1));
    }

    @Test
    void aTermIsGrantedOnceOnly() {
        assertThatThrownBy(() -> grant(POOR_AND_AT_SCHOOL, AUTUMN_2018, "1500", "生活补助",
                Set.of(new Term(2018, 2), AUTUMN_2018))).isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
                    assertThat(e.kind()).isEqualTo(EnrolmentRejected.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("enrolment.subsidy.twice");
                    assertThat(e.arguments()).containsExactly("阿依古丽", new Term(2018, 1));
                });
    }

    @Test
    void anotherTermOfTheSameStudentIsGranted() {
        assertThat(grant(POOR_AND_AT_SCHOOL, new Term(2018, 2), "1500", "生活补助", Set.of(AUTUMN_2018)).term())
                .isEqualTo(new Term(2018, 2));
        assertThat(Subsidy.grant(POOR_AND_AT_SCHOOL, new Term(2019, 1), new BigDecimal("1"), "生活补助",
                List.of(AUTUMN_2018, new Term(2018, 2)), "职教处", AT).term()).isEqualTo(new Term(2019, 1));
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.kind()).isEqualTo(EnrolmentRejected.Kind.INVALID);
        });
    }
}
