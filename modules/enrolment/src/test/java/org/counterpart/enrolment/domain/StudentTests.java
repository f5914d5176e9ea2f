package org.counterpart.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentStage;
import org.junit.jupiter.api.Test;

/** A student moves only as the stage machine allows, says why they withdraw, and every move is kept to record. */
class StudentTests {

    static final ProtectedNationalId SEALED = new ProtectedNationalId("v1:c2VhbGVk", "0".repeat(64),
            "5401**********1231");

    static Student student(StudentStage stage) {
        return student("次仁卓玛", "藏族", 2018, stage);
    }

    static Student student(String name, String ethnicity, int cohortYear, StudentStage stage) {
        return new Student(StudentId.next(), EnrolmentProgrammeId.next(), name, Gender.FEMALE, ethnicity, SEALED,
                new RegionCode("xizang"), "城关区", true, new UnitCode("shanghai-xizang-school"), null, cohortYear,
                stage, null, false, 0);
    }

    @Test
    void aStudentMovesOnAsTheMachineAllows() {
        var student = student(StudentStage.ADMITTED);

        student.moveTo(StudentStage.ENROLLED, null);
        student.moveTo(StudentStage.GRADUATED, "ignored: only a withdrawal keeps a reason");
        student.moveTo(StudentStage.RETURNED_HOME, null);

        assertThat(student.stage()).isEqualTo(StudentStage.RETURNED_HOME);
        assertThat(student.withdrawalReason()).isNull();
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        var student = student(StudentStage.ADMITTED);

        assertRefused(() -> student.moveTo(StudentStage.GRADUATED, null), "enrolment.stage.not-allowed");
        assertThat(student.stage()).isEqualTo(StudentStage.ADMITTED);
        assertThat(student.drainChanges()).isEmpty();
    }

    @Test
    void theRefusalNamesBothStages() {
        assertThatThrownBy(() -> student(StudentStage.GRADUATED).moveTo(StudentStage.WITHDRAWN, "转学"))
                .isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enrolment.stage.not-allowed");
                    assertThat(e.arguments()).containsExactly(StudentStage.GRADUATED, StudentStage.WITHDRAWN);
                });
    }

    @Test
    void nobodyMovesOutOfAFinalStage() {
        assertRefused(() -> student(StudentStage.WITHDRAWN).moveTo(StudentStage.ADMITTED, null),
                "enrolment.stage.not-allowed");
        assertRefused(() -> student(StudentStage.FURTHER_STUDY).moveTo(StudentStage.EMPLOYED_IN_SHANGHAI, null),
                "enrolment.stage.not-allowed");
    }

    @Test
    void aMoveNeedsATarget() {
        assertRefused(() -> student(StudentStage.ADMITTED).moveTo(null, null), "enrolment.stage.required");
    }

    @Test
    void aWithdrawalNeedsAReason() {
        var student = student(StudentStage.ENROLLED);

        assertRefused(() -> student.moveTo(StudentStage.WITHDRAWN, null), "enrolment.student.reason-required");
        assertRefused(() -> student.moveTo(StudentStage.WITHDRAWN, " \t "), "enrolment.student.reason-required");
        assertThat(student.stage()).isEqualTo(StudentStage.ENROLLED);
        assertThat(student.drainChanges()).isEmpty();
    }

    @Test
    void aWithdrawalReasonIsAtMostTwoHundredCharacters() {
        var student = student(StudentStage.ADMITTED);

        assertRefused(() -> student.moveTo(StudentStage.WITHDRAWN, "因".repeat(Student.MAX_REASON + 1)),
                "enrolment.student.reason-too-long");
        assertThat(student.stage()).isEqualTo(StudentStage.ADMITTED);

        student.moveTo(StudentStage.WITHDRAWN, "因".repeat(Student.MAX_REASON));
        assertThat(student.withdrawalReason()).hasSize(Student.MAX_REASON);
    }

    @Test
    void aWithdrawalKeepsItsReasonTrimmed() {
        var student = student(StudentStage.AWAITING_APPROVAL);

        student.moveTo(StudentStage.WITHDRAWN, "  放弃入学  ");

        assertThat(student.stage()).isEqualTo(StudentStage.WITHDRAWN);
        assertThat(student.withdrawalReason()).isEqualTo("放弃入学");
    }

    @Test
    void everyMoveIsKeptUntilRecordedWithTheStageBeforeAndAfter() {
        var student = student(StudentStage.ADMITTED);
        student.moveTo(StudentStage.ENROLLED, null);
        student.moveTo(StudentStage.WITHDRAWN, "因病退学");

        assertThat(student.drainChanges()).containsExactly(new RecordedChange("stage", "ADMITTED", "ENROLLED"),
                new RecordedChange("stage", "ENROLLED", "WITHDRAWN"),
                new RecordedChange("withdrawalReason", null, "因病退学"));
        assertThat(student.drainChanges()).as("drained once").isEmpty();
    }

    @Test
    void aStudentNeedsANameOfAtMostFiftyCharacters() {
        assertRefused(() -> student(null, "藏族", 2018, StudentStage.ADMITTED), "enrolment.student.name-required");
        assertRefused(() -> student("  ", "藏族", 2018, StudentStage.ADMITTED), "enrolment.student.name-required");
        assertRefused(() -> student("名".repeat(Student.MAX_NAME + 1), "藏族", 2018, StudentStage.ADMITTED),
                "enrolment.student.name-too-long");
        assertThat(student(" 次仁 ", "藏族", 2018, StudentStage.ADMITTED).name()).isEqualTo("次仁");
        assertThat(student("名".repeat(Student.MAX_NAME), "藏族", 2018, StudentStage.ADMITTED).name())
                .hasSize(Student.MAX_NAME);
    }

    @Test
    void aStudentNeedsAnEthnicity() {
        assertRefused(() -> student("次仁", "", 2018, StudentStage.ADMITTED), "enrolment.student.ethnicity-required");
        assertRefused(() -> student("次仁", null, 2018, StudentStage.ADMITTED), "enrolment.student.ethnicity-required");
        assertRefused(() -> student("次仁", "族".repeat(Student.MAX_ETHNICITY + 1), 2018, StudentStage.ADMITTED),
                "enrolment.student.ethnicity-too-long");
    }

    @Test
    void theCohortYearIsBetween2000And2100() {
        assertRefused(() -> student("次仁", "藏族", 1999, StudentStage.ADMITTED), "enrolment.student.cohort-year-invalid");
        assertRefused(() -> student("次仁", "藏族", 2101, StudentStage.ADMITTED), "enrolment.student.cohort-year-invalid");
        assertThat(student("次仁", "藏族", 2000, StudentStage.ADMITTED).cohortYear()).isEqualTo(2000);
        assertThat(student("次仁", "藏族", 2100, StudentStage.ADMITTED).cohortYear()).isEqualTo(2100);
    }

    @Test
    void aStudentNeedsAGenderARegionAndAHostSchool() {
        var id = StudentId.next();
        var programme = EnrolmentProgrammeId.next();
        var region = new RegionCode("xizang");
        var school = new UnitCode("shanghai-xizang-school");
        assertRefused(() -> new Student(id, programme, "次仁", null, "藏族", SEALED, region, null, false, school, null,
                2018, StudentStage.ADMITTED, null, false, 0), "enrolment.student.gender-required");
        assertRefused(() -> new Student(id, programme, "次仁", Gender.MALE, "藏族", SEALED, null, null, false, school,
                null, 2018, StudentStage.ADMITTED, null, false, 0), "enrolment.student.region-required");
        assertRefused(() -> new Student(id, programme, "次仁", Gender.MALE, "藏族", SEALED, region, null, false, null,
                null, 2018, StudentStage.ADMITTED, null, false, 0), "enrolment.student.school-required");
    }

    @Test
    void anEmptyCountyOrMajorIsNone() {
        var student = new Student(StudentId.next(), EnrolmentProgrammeId.next(), "次仁", Gender.MALE, "藏族",
                SEALED, new RegionCode("xizang"), " ", false, new UnitCode("shanghai-xizang-school"), "", 2018,
                StudentStage.ADMITTED, null, false, 0);

        assertThat(student.county()).isNull();
        assertThat(student.major()).isNull();
        assertRefused(() -> new Student(StudentId.next(), EnrolmentProgrammeId.next(), "次仁", Gender.MALE, "藏族",
                SEALED, new RegionCode("xizang"), null, false, new UnitCode("shanghai-xizang-school"),
                "专".repeat(Student.MAX_MAJOR + 1), 2018, StudentStage.ADMITTED, null, false, 0),
                "enrolment.student.major-too-long");
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnrolmentRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
