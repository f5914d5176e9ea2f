package org.counterpart.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.domain.Admission.Decision;
import org.junit.jupiter.api.Test;

/** Within the quota a student enters the programme's entry stage; beyond it, only ADMIN admits without approval. */
class AdmissionTests {

    static final UnitCode GONGYE = new UnitCode("gongye-school");
    static final UnitCode LVYOU = new UnitCode("lvyou-school");
    static final UnitCode ELSEWHERE = new UnitCode("not-a-host");

    static final QuotaLine GONGYE_WHOLE = new QuotaLine(GONGYE, null, 2);
    static final QuotaLine LVYOU_HOTEL = new QuotaLine(LVYOU, "酒店管理", 1);
    static final QuotaLine LVYOU_COOKING = new QuotaLine(LVYOU, "中餐烹饪", 3);

    static EnrolmentProgramme programme(ProgrammeKind kind, QuotaLine... lines) {
        return new EnrolmentProgramme(EnrolmentProgrammeId.next(), 2018, kind, null, null, null, null, null,
                List.of(lines), 0);
    }

    static final EnrolmentProgramme VOCATIONAL = programme(ProgrammeKind.TIBET_VOCATIONAL_CLASS, GONGYE_WHOLE,
            LVYOU_HOTEL, LVYOU_COOKING);

    @Test
    void withinTheQuotaAStudentIsAdmitted() {
        var admission = new Admission(VOCATIONAL, Map.of(), false);

        assertThat(admission.admit(GONGYE, null)).isEqualTo(new Decision(StudentStage.ADMITTED, false));
    }

    @Test
    void aGraduateProgrammeRegistersItsStudentsAsGraduated() {
        var graduates = programme(ProgrammeKind.TIBET_SPECIAL_RECRUITMENT, GONGYE_WHOLE);

        assertThat(new Admission(graduates, Map.of(), false).admit(GONGYE, null))
                .isEqualTo(new Decision(StudentStage.GRADUATED, false));
    }

    @Test
    void beyondTheQuotaASchoolsAdmissionWaitsForApproval() {
        var admission = new Admission(VOCATIONAL, Map.of(GONGYE_WHOLE, 2), false);

        assertThat(admission.admit(GONGYE, null)).isEqualTo(new Decision(StudentStage.AWAITING_APPROVAL, true));
        assertThat(admission.admit(GONGYE, null)).isEqualTo(new Decision(StudentStage.AWAITING_APPROVAL, true));
    }

    @Test
    void beyondTheQuotaAnApproverAdmitsAtOnceButMarksItOverQuota() {
        var admission = new Admission(VOCATIONAL, Map.of(GONGYE_WHOLE, 2), true);

        assertThat(admission.admit(GONGYE, null)).isEqualTo(new Decision(StudentStage.ADMITTED, true));

        var graduates = programme(ProgrammeKind.XINJIANG_GRADUATE_EMPLOYMENT, GONGYE_WHOLE);
        assertThat(new Admission(graduates, Map.of(GONGYE_WHOLE, 5), true).admit(GONGYE, null))
                .isEqualTo(new Decision(StudentStage.GRADUATED, true));
    }

    @Test
    void withinTheQuotaAnApproverIsNotOverIt() {
        assertThat(new Admission(VOCATIONAL, Map.of(GONGYE_WHOLE, 1), true).admit(GONGYE, "数控"))
                .isEqualTo(new Decision(StudentStage.ADMITTED, false));
    }

    @Test
    void seatsAreCountedAcrossSuccessiveAdmissions() {
        var admission = new Admission(VOCATIONAL, Map.of(GONGYE_WHOLE, 1), false);

        assertThat(admission.admit(GONGYE, "数控").stage()).isEqualTo(StudentStage.ADMITTED);
        assertThat(admission.admit(GONGYE, "汽修").stage()).isEqualTo(StudentStage.AWAITING_APPROVAL);
        assertThat(admission.admit(GONGYE, null).stage()).as("waiting takes no seat, the line stays full")
                .isEqualTo(StudentStage.AWAITING_APPROVAL);
    }

    @Test
    void anApproversAdmissionsBeyondTheQuotaTakeSeatsToo() {
        var admission = new Admission(VOCATIONAL, Map.of(), true);

        assertThat(admission.admit(GONGYE, null).overQuota()).isFalse();
        assertThat(admission.admit(GONGYE, null).overQuota()).isFalse();
        assertThat(admission.admit(GONGYE, null).overQuota()).isTrue();
        assertThat(admission.admit(GONGYE, null).overQuota()).isTrue();
    }

    @Test
    void theSeatsAlreadyTakenAreNotChangedByDeciding() {
        var taken = new HashMap<QuotaLine, Integer>();
        var admission = new Admission(VOCATIONAL, taken, false);
        admission.admit(GONGYE, null);

        assertThat(taken).isEmpty();
    }

    @Test
    void eachMajorHasItsOwnSeats() {
        var admission = new Admission(VOCATIONAL, Map.of(LVYOU_COOKING, 2), false);

        assertThat(admission.admit(LVYOU, "酒店管理")).isEqualTo(new Decision(StudentStage.ADMITTED, false));
        assertThat(admission.admit(LVYOU, "酒店管理")).isEqualTo(new Decision(StudentStage.AWAITING_APPROVAL, true));
        assertThat(admission.admit(LVYOU, "中餐烹饪")).isEqualTo(new Decision(StudentStage.ADMITTED, false));
        assertThat(admission.admit(LVYOU, "中餐烹饪")).isEqualTo(new Decision(StudentStage.AWAITING_APPROVAL, true));
    }

    @Test
    void aSchoolPlannedAsAWholeTakesAnyMajorOnItsOneLine() {
        var admission = new Admission(VOCATIONAL, Map.of(), false);

        assertThat(admission.admit(GONGYE, "数控").overQuota()).isFalse();
        assertThat(admission.admit(GONGYE, "汽修").overQuota()).isFalse();
        assertThat(admission.admit(GONGYE, null).overQuota()).isTrue();
    }

    @Test
    void aSchoolThatIsNotAHostAdmitsNobody() {
        assertThatThrownBy(() -> new Admission(VOCATIONAL, Map.of(), true).admit(ELSEWHERE, null))
                .isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enrolment.student.school-not-host");
                    assertThat(e.arguments()).containsExactly(ELSEWHERE);
                });
    }

    @Test
    void aStudentWithoutASchoolIsRefusedForThat() {
        assertThatThrownBy(() -> new Admission(VOCATIONAL, Map.of(), true).admit(null, null))
                .isInstanceOfSatisfying(EnrolmentRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enrolment.student.school-required"));
    }

    @Test
    void aSchoolPlannedByMajorAdmitsOnlyToItsMajors() {
        assertThatThrownBy(() -> new Admission(VOCATIONAL, Map.of(), true).admit(LVYOU, "数控"))
                .isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enrolment.student.major-not-planned");
                    assertThat(e.arguments()).containsExactly("数控");
                });
        assertThatThrownBy(() -> new Admission(VOCATIONAL, Map.of(), true).admit(LVYOU, null))
                .isInstanceOfSatisfying(EnrolmentRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enrolment.student.major-not-planned"));
    }
}
