package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.ManageEnrolmentProgrammes;
import org.counterpart.enrolment.ManageStudents;
import org.counterpart.enrolment.NewEnrolmentProgramme;
import org.counterpart.enrolment.NewStudent;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.reporting.EnrolmentFigures.StageTally;
import org.counterpart.training.Funding;
import org.counterpart.training.ManageBudgets;
import org.counterpart.training.ManageProgrammes;
import org.counterpart.training.NewProgramme;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What the training and enrolment modules do reaches the statistics through the event publication registry on the
 * real database: a programme planned, a student admitted — and an event delivered twice counts once. Module tests
 * commit, and the statistics of a year may already hold what others left there, so each test compares the figures
 * before and after. The modules whose events the statistics hear are bootstrapped with reporting: it uses their
 * published types, not their beans.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "directory", "planning", "training",
        "enrolment" })
class StatisticsEventsIntegrationTests {

    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    StatisticsQueries statistics;

    @Autowired
    ManageProgrammes programmes;

    @Autowired
    ManageBudgets budgets;

    @Autowired
    ManageEnrolmentProgrammes enrolmentProgrammes;

    @Autowired
    EnrolmentProgrammeQueries enrolmentQueries;

    @Autowired
    ManageStudents students;

    @Autowired
    JdbcTemplate jdbc;

    int year;

    @BeforeEach
    void theCommissionOfficeActs() {
        given(currentUser.get()).willReturn(Optional.of(new UserContext("admin", "委办公室", Role.ADMIN, null, null)));
        given(currentUser.require()).willCallRealMethod();
        year = 2040 + ThreadLocalRandom.current().nextInt(0, 60);
    }

    TrainingFigures.TrainingTally training() {
        return statistics.statistics(year, null).training().total();
    }

    StageTally studentsOf(String partnerRegion) {
        return statistics.statistics(year, null).enrolment().byRegion().stream()
                .filter(r -> r.code().equals(partnerRegion)).findFirst().orElse(null);
    }

    /** Whether no event for the statistics waits to be delivered or is being delivered. */
    boolean delivered() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND LISTENER_ID LIKE 'reporting.statistics.%'", Long.class) == 0;
    }

    @Test
    void aProgrammeTheTrainingModulePlansCountsInTheYearsStatistics(Scenario scenario) {
        var before = training();
        var number = ThreadLocalRandom.current().nextInt(100, 1_000_000);

        scenario.stimulate(() -> programmes.plan(new NewProgramme(year, number, "遵义深度贫困地区教师培训",
                new RegionCode("guizhou"), TrainingMode.CLASSES_IN_SHANGHAI, Funding.parse("7（遵义自筹14万）"), "遵义", 50,
                TrainingDuration.parse("7天"), new UnitCode("shipei"), new OfficeCode("renshi"), 40)))
                .andWaitForStateChange(this::training, now -> now.programmes() > before.programmes())
                .andVerify(now -> {
                    assertThat(now.programmes()).isEqualTo(before.programmes() + 1);
                    assertThat(now.commissionFunding().subtract(before.commissionFunding())).isEqualByComparingTo("7");
                    assertThat(now.partnerFunding().subtract(before.partnerFunding())).isEqualByComparingTo("14");
                    assertThat(now.plannedTrainees() - before.plannedTrainees()).isEqualTo(50);
                });
    }

    @Test
    void aProgrammePlannedDeliveredTwiceCountsOnce(Scenario scenario) {
        var before = training();
        var planned = new ProgrammePlanned(ProgrammeId.next(), year, new RegionCode("qinghai"),
                TrainingMode.STUDY_IN_SHANGHAI, new BigDecimal("134.4"), BigDecimal.ZERO, 42, new UnitCode("shipei"),
                34);

        scenario.publish(planned).andWaitForStateChange(this::training,
                now -> now.programmes() > before.programmes());
        scenario.publish(planned).andWaitForStateChange(this::delivered, done -> done);

        var after = training();
        assertThat(after.programmes()).isEqualTo(before.programmes() + 1);
        assertThat(after.commissionFunding().subtract(before.commissionFunding())).isEqualByComparingTo("134.4");
        assertThat(after.plannedTrainees() - before.plannedTrainees()).isEqualTo(42);
    }

    /** Two spendings alike — the same line, day, amount and description, entered twice on purpose — both count. */
    @Test
    void twoSpendingsAlikeBothCount(Scenario scenario) {
        var programme = programmes.plan(new NewProgramme(year, ThreadLocalRandom.current().nextInt(100, 1_000_000),
                "遵义教师培训", new RegionCode("guizhou"), TrainingMode.CLASSES_IN_SHANGHAI, Funding.parse("7"), "遵义", 50,
                TrainingDuration.parse("7天"), new UnitCode("shipei"), new OfficeCode("renshi"), 40)).programme().id();
        var line = budgets.planLine(programme, "住宿费", new BigDecimal("5")).lines().get(0).id();
        scenario.stimulate(() -> { }).andWaitForStateChange(this::delivered, done -> done);
        var before = training();

        scenario.stimulate(() -> {
            budgets.recordSpending(programme, line, LocalDate.of(year, 9, 3), new BigDecimal("1.25"), "住宿", null);
            budgets.recordSpending(programme, line, LocalDate.of(year, 9, 3), new BigDecimal("1.25"), "住宿", null);
        }).andWaitForStateChange(this::delivered, done -> done).andVerify(done -> assertThat(training().spent()
                .subtract(before.spent())).as("both entries").isEqualByComparingTo("2.5"));
    }

    @Test
    void aStudentTheEnrolmentModuleAdmitsCountsByTheirSourceRegionAndStage(Scenario scenario) {
        // A year has one joint vocational programme per region: take a year without one.
        while (enrolmentQueries.programmes(new EnrolmentProgrammeQuery(year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                null, null, 0, 1)).total() > 0) {
            year = 2040 + ThreadLocalRandom.current().nextInt(0, 60);
        }
        var qunyi = new UnitCode("qunyi");
        var programme = enrolmentProgrammes.plan(new NewEnrolmentProgramme(year,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, null, null, null, null, new BigDecimal("224.3"),
                List.of(new QuotaLine(qunyi, "旅游服务与管理", 40)))).programme().id();
        var before = studentsOf("xinjiang");
        long admittedBefore = before == null ? 0 : before.byStage().get(StudentStage.ADMITTED);

        scenario.stimulate(() -> students.admit(programme, new NewStudent("阿依努尔", Gender.FEMALE, "维吾尔族",
                nationalId(), new RegionCode("kashgar"), "泽普县", true, qunyi, "旅游服务与管理", year)))
                .andWaitForStateChange(() -> studentsOf("xinjiang"),
                        now -> now != null && now.byStage().get(StudentStage.ADMITTED) > admittedBefore)
                .andVerify(now -> {
                    assertThat(now.byStage().get(StudentStage.ADMITTED)).isEqualTo(admittedBefore + 1);
                    var figures = statistics.statistics(year, null).enrolment();
                    assertThat(figures.byProgramme()).anySatisfy(p -> {
                        assertThat(p.programme()).isEqualTo(programme);
                        assertThat(p.quota()).isEqualTo(40);
                        assertThat(p.filled()).isEqualTo(1);
                        assertThat(p.funding()).isEqualByComparingTo("224.3");
                    });
                });
    }

    /** An invented national ID number of Zepu County (653124) with a valid GB 11643 check character. */
    static String nationalId() {
        var random = ThreadLocalRandom.current();
        var first17 = "653124" + "2003" + "%02d".formatted(random.nextInt(1, 13)) + "%02d".formatted(random.nextInt(1,
                29)) + "%03d".formatted(random.nextInt(0, 1000));
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
