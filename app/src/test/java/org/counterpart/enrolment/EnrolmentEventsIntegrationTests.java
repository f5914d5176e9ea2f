package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The enrolment module announces programmes planned and revised, students moving from stage to stage — as counts by
 * programme, source region and stage, never who — and subsidies granted.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class EnrolmentEventsIntegrationTests {

    static final UnitCode QUNYI = new UnitCode("qunyi");
    static final String MAJOR = "旅游服务与管理";

    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    ManageEnrolmentProgrammes programmes;

    @Autowired
    EnrolmentProgrammeQueries queries;

    @Autowired
    ManageStudents students;

    @Autowired
    GrantSubsidies subsidies;

    int year;

    @BeforeEach
    void theCommissionOfficeActs() {
        given(currentUser.get()).willReturn(Optional.of(new UserContext("admin", "委办公室", Role.ADMIN, null, null)));
        given(currentUser.require()).willCallRealMethod();
        // Module tests commit, and a year has one joint vocational programme per region: take a year without one.
        do {
            year = 2100 - ThreadLocalRandom.current().nextInt(0, 95);
        } while (queries.programmes(new EnrolmentProgrammeQuery(year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, null,
                null, 0, 1)).total() > 0);
    }

    NewEnrolmentProgramme jointVocational(int seats) {
        return new NewEnrolmentProgramme(year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, null, null, null, null,
                new BigDecimal("224.3"), List.of(new QuotaLine(QUNYI, MAJOR, seats)));
    }

    NewStudent student(String name, String region, boolean poverty) {
        return new NewStudent(name, Gender.FEMALE, "维吾尔族", NationalIds.next(), new RegionCode(region), null, poverty,
                QUNYI, MAJOR, year);
    }

    StudentRow row(int line, String name, String region) {
        return new StudentRow(line, name, "女", "维吾尔族", NationalIds.next(), region, null, "否", "上海市群益职业技术学校",
                MAJOR, String.valueOf(year));
    }

    @Test
    void planningAProgrammeAnnouncesItsQuotaAndFunding(Scenario scenario) {
        scenario.stimulate(() -> programmes.plan(jointVocational(40)))
                .andWaitForEventOfType(EnrolmentProgrammePlanned.class).matching(event -> event.academicYear() == year)
                .toArriveAndVerify(event -> {
                    assertThat(event.kind()).isEqualTo(ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING);
                    assertThat(event.quota()).isEqualTo(40);
                    assertThat(event.funding()).isEqualByComparingTo("224.3");
                    assertThat(event.planTask()).isEqualTo(47);
                });
    }

    @Test
    void revisingTheQuotaAnnouncesWhatItIsNow(Scenario scenario) {
        var planned = programmes.plan(jointVocational(40)).programme();
        scenario.stimulate(() -> programmes.revise(planned.id(), new BigDecimal("230"),
                List.of(new QuotaLine(QUNYI, MAJOR, 45)), planned.version()))
                .andWaitForEventOfType(EnrolmentProgrammeRevised.class)
                .matching(event -> event.programme().equals(planned.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.quota()).isEqualTo(45);
                    assertThat(event.funding()).isEqualByComparingTo("230");
                });
    }

    @Test
    void anImportAnnouncesHowManyStudentsOfEachRegionWereAdmittedAndNeverWho(Scenario scenario) {
        var programme = programmes.plan(jointVocational(40)).programme().id();
        scenario.stimulate(() -> students.importStudents(programme, List.of(row(2, "阿依古丽", "泽普县"),
                row(3, "古丽娜尔", "泽普县"), row(4, "热依拉", "喀什"))))
                .andWaitForEventOfType(StudentsAdmitted.class).matching(event -> event.programme().equals(programme))
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isNull();
                    assertThat(event.to()).isEqualTo(StudentStage.ADMITTED);
                    assertThat(event.academicYear()).isEqualTo(year);
                    assertThat(event.regions()).containsExactlyInAnyOrder(
                            new StudentsMoved.RegionCount(new RegionCode("zepu"), 2),
                            new StudentsMoved.RegionCount(new RegionCode("kashgar"), 1));
                    assertThat(event.students()).isEqualTo(3);
                    assertThat(event.toString()).doesNotContain("阿依古丽").doesNotContainPattern("\\d{17}[0-9X]");
                });
    }

    @Test
    void aSchoolsAdmissionBeyondTheQuotaIsAnnouncedAsWaiting(Scenario scenario) {
        var programme = programmes.plan(jointVocational(1)).programme().id();
        students.admit(programme, student("第一名", "zepu", false));
        given(currentUser.get()).willReturn(Optional.of(new UserContext("xuexiao", "上海市群益职业技术学校", Role.UNIT,
                null, QUNYI)));
        scenario.stimulate(() -> students.admit(programme, student("第二名", "zepu", false)))
                .andWaitForEventOfType(StudentsAwaitingApproval.class)
                .matching(event -> event.programme().equals(programme))
                .toArriveAndVerify(event -> assertThat(event.students()).isEqualTo(1));
    }

    @Test
    void everyStageAStudentReachesIsAnnounced(Scenario scenario) {
        var programme = programmes.plan(jointVocational(10)).programme().id();
        var admitted = students.admit(programme, student("买合木提", "yecheng", true)).student();

        scenario.stimulate(() -> students.move(admitted.id(), StudentStage.ENROLLED, null,
                admitted.version())).andWaitForEventOfType(StudentsEnrolled.class)
                .matching(event -> event.programme().equals(programme)).toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(StudentStage.ADMITTED);
                    assertThat(event.regions()).containsExactly(
                            new StudentsMoved.RegionCount(new RegionCode("yecheng"), 1));
                });

        scenario.stimulate(() -> subsidies.grant(admitted.id(), new Term(year, 1), new BigDecimal("3000.00"),
                "学费及住宿费补助")).andWaitForEventOfType(SubsidyGranted.class)
                .matching(event -> event.programme().equals(programme)).toArriveAndVerify(event -> {
                    assertThat(event.amount()).isEqualByComparingTo("3000");
                    assertThat(event.sourceRegion()).isEqualTo(new RegionCode("yecheng"));
                    assertThat(event.term()).isEqualTo(new Term(year, 1));
                });

        var current = students.move(admitted.id(), StudentStage.GRADUATED, null, admitted.version() + 1).student();
        scenario.stimulate(() -> students.move(admitted.id(), StudentStage.EMPLOYED_IN_SHANGHAI, null,
                current.version())).andWaitForEventOfType(StudentsEmployed.class)
                .matching(event -> event.programme().equals(programme)).toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(StudentStage.GRADUATED);
                    assertThat(event.to()).isEqualTo(StudentStage.EMPLOYED_IN_SHANGHAI);
                });
    }

    @Test
    void graduatesWhoReturnHomeAndStudentsWhoWithdrawAreAnnouncedToo(Scenario scenario) {
        var programme = programmes.plan(jointVocational(10)).programme().id();
        var leaving = students.admit(programme, student("退学生", "bachu", false)).student();
        scenario.stimulate(() -> students.move(leaving.id(), StudentStage.WITHDRAWN, "家庭原因", leaving.version()))
                .andWaitForEventOfType(StudentsWithdrawn.class).matching(event -> event.programme().equals(programme))
                .toArriveAndVerify(event -> assertThat(event.from()).isEqualTo(StudentStage.ADMITTED));

        var returning = students.admit(programme, student("返乡生", "shache", false)).student();
        var enrolled = students.move(returning.id(), StudentStage.ENROLLED, null, returning.version()).student();
        var graduated = students.move(returning.id(), StudentStage.GRADUATED, null, enrolled.version()).student();
        scenario.stimulate(() -> students.move(returning.id(), StudentStage.RETURNED_HOME, null, graduated.version()))
                .andWaitForEventOfType(StudentsReturned.class).matching(event -> event.programme().equals(programme))
                .toArriveAndVerify(event -> assertThat(event.regions()).containsExactly(
                        new StudentsMoved.RegionCount(new RegionCode("shache"), 1)));
    }
}
