package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterpart.enrolment.StudentStage.ADMITTED;
import static org.counterpart.enrolment.StudentStage.AWAITING_APPROVAL;
import static org.counterpart.enrolment.StudentStage.EMPLOYED_IN_PARTNER_REGION;
import static org.counterpart.enrolment.StudentStage.EMPLOYED_IN_SHANGHAI;
import static org.counterpart.enrolment.StudentStage.ENROLLED;
import static org.counterpart.enrolment.StudentStage.FURTHER_STUDY;
import static org.counterpart.enrolment.StudentStage.GRADUATED;
import static org.counterpart.enrolment.StudentStage.RETURNED_HOME;
import static org.counterpart.enrolment.StudentStage.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A student moves only along the stages the notice's work knows, and a left student stays where they left. */
class StudentStageTests {

    /** Every move the machine allows, written out by hand; every other pair is refused. */
    static final Map<StudentStage, Set<StudentStage>> ALLOWED = Map.of(
            AWAITING_APPROVAL, EnumSet.of(ADMITTED, GRADUATED, WITHDRAWN),
            ADMITTED, EnumSet.of(ENROLLED, WITHDRAWN),
            ENROLLED, EnumSet.of(GRADUATED, WITHDRAWN),
            GRADUATED, EnumSet.of(EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION, RETURNED_HOME, FURTHER_STUDY),
            EMPLOYED_IN_SHANGHAI, EnumSet.noneOf(StudentStage.class),
            EMPLOYED_IN_PARTNER_REGION, EnumSet.noneOf(StudentStage.class),
            RETURNED_HOME, EnumSet.noneOf(StudentStage.class),
            FURTHER_STUDY, EnumSet.noneOf(StudentStage.class),
            WITHDRAWN, EnumSet.noneOf(StudentStage.class));

    static Stream<Arguments> everyPairOfStages() {
        return Arrays.stream(StudentStage.values())
                .flatMap(from -> Arrays.stream(StudentStage.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPairOfStages")
    void aMoveIsAllowedExactlyWhenTheTableSaysSo(StudentStage from, StudentStage to) {
        assertThat(from.mayMoveTo(to)).isEqualTo(ALLOWED.get(from).contains(to));
        assertThat(from.next().contains(to)).isEqualTo(from.mayMoveTo(to));
    }

    @Test
    void theTableCoversEveryStage() {
        assertThat(ALLOWED).containsOnlyKeys(StudentStage.values());
    }

    @Test
    void aStudentGoesFromAdmissionThroughSchoolToAnOutcome() {
        assertThat(ADMITTED.mayMoveTo(ENROLLED)).isTrue();
        assertThat(ENROLLED.mayMoveTo(GRADUATED)).isTrue();
        assertThat(GRADUATED.next()).containsExactlyInAnyOrder(EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION,
                RETURNED_HOME, FURTHER_STUDY);
    }

    @Test
    void anAdmissionBeyondTheQuotaIsApprovedIntoAnEntryStageOrWithdrawn() {
        assertThat(AWAITING_APPROVAL.next()).containsExactlyInAnyOrder(ADMITTED, GRADUATED, WITHDRAWN);
        assertThat(AWAITING_APPROVAL.mayMoveTo(ENROLLED)).isFalse();
    }

    @Test
    void aStudentWithdrawsOnlyBeforeGraduating() {
        assertThat(AWAITING_APPROVAL.mayMoveTo(WITHDRAWN)).isTrue();
        assertThat(ADMITTED.mayMoveTo(WITHDRAWN)).isTrue();
        assertThat(ENROLLED.mayMoveTo(WITHDRAWN)).isTrue();
        assertThat(GRADUATED.mayMoveTo(WITHDRAWN)).isFalse();
    }

    @Test
    void noStageIsSkippedNorGoneBackTo() {
        assertThat(ADMITTED.mayMoveTo(GRADUATED)).isFalse();
        assertThat(ADMITTED.mayMoveTo(EMPLOYED_IN_SHANGHAI)).isFalse();
        assertThat(ENROLLED.mayMoveTo(ADMITTED)).isFalse();
        assertThat(GRADUATED.mayMoveTo(ENROLLED)).isFalse();
        assertThat(ENROLLED.mayMoveTo(ENROLLED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = { "EMPLOYED_IN_SHANGHAI", "EMPLOYED_IN_PARTNER_REGION", "RETURNED_HOME", "FURTHER_STUDY",
            "WITHDRAWN" })
    void nothingMovesOutOfAFinalStage(StudentStage terminal) {
        assertThat(terminal.next()).isEmpty();
        assertThat(StudentStage.values()).noneMatch(terminal::mayMoveTo);
    }

    @Test
    void theOutcomesAreTheFourWaysOfLeavingAfterGraduating() {
        assertThat(EnumSet.allOf(StudentStage.class)).filteredOn(StudentStage::isOutcome).containsExactlyInAnyOrder(
                EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION, RETURNED_HOME, FURTHER_STUDY);
    }

    @Test
    void everyoneButThoseWaitingAndThoseWithdrawnHoldsASeat() {
        assertThat(EnumSet.allOf(StudentStage.class)).filteredOn(s -> !s.holdsSeat())
                .containsExactlyInAnyOrder(AWAITING_APPROVAL, WITHDRAWN);
    }

    @Test
    void onlyThoseWhoAreOrWereAtSchoolCountAsEnrolled() {
        assertThat(EnumSet.allOf(StudentStage.class)).filteredOn(StudentStage::wasEnrolled).containsExactlyInAnyOrder(
                ENROLLED, GRADUATED, EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION, RETURNED_HOME, FURTHER_STUDY);
    }

    @Test
    void aStageIsReadByItsCodeInAnyCase() {
        assertThat(StudentStage.parse(" enrolled ")).isEqualTo(ENROLLED);
        assertThat(StudentStage.parse("AWAITING_APPROVAL")).isEqualTo(AWAITING_APPROVAL);
        assertThatThrownBy(() -> StudentStage.parse("在读")).isInstanceOfSatisfying(EnrolmentRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.stage.unknown"));
        assertThatThrownBy(() -> StudentStage.parse(null)).isInstanceOfSatisfying(EnrolmentRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.stage.unknown"));
    }
}
