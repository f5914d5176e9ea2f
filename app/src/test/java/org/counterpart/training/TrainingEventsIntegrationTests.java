package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.OfficeCode;
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

/** The training module announces programmes planned and changed, for reporting and whoever else listens. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class TrainingEventsIntegrationTests {

    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    ManageProgrammes manage;

    @Autowired
    RunProgrammes run;

    @Autowired
    ManageBudgets budgets;

    int year;
    int number;

    @BeforeEach
    void theCommissionOfficeActs() {
        given(currentUser.get()).willReturn(Optional.of(new UserContext("admin", "委办公室", Role.ADMIN, null, null)));
        given(currentUser.require()).willCallRealMethod();
        // Module tests commit: a year and number no other run has used.
        year = 2050 + ThreadLocalRandom.current().nextInt(0, 40);
        number = ThreadLocalRandom.current().nextInt(100, 1_000_000);
    }

    NewProgramme zunyi() {
        return new NewProgramme(year, number, "遵义深度贫困地区教师培训", new RegionCode("guizhou"),
                TrainingMode.CLASSES_IN_SHANGHAI, Funding.parse("7（遵义自筹14万）"), "遵义", 50,
                TrainingDuration.parse("7天"), new UnitCode("shipei"), new OfficeCode("renshi"), 40);
    }

    @Test
    void planningAProgrammeAnnouncesItsFundingAndTrainees(Scenario scenario) {
        scenario.stimulate(() -> manage.plan(zunyi())).andWaitForEventOfType(ProgrammePlanned.class)
                .matching(event -> event.year() == year && event.plannedTrainees() == 50)
                .toArriveAndVerify(event -> {
                    assertThat(event.commissionFunding()).isEqualByComparingTo("7");
                    assertThat(event.partnerFunding()).isEqualByComparingTo("14");
                    assertThat(event.planTask()).isEqualTo(40);
                    assertThat(event.mode()).isEqualTo(TrainingMode.CLASSES_IN_SHANGHAI);
                });
    }

    @Test
    void changingFundingAnnouncesWhatItIsNow(Scenario scenario) {
        var planned = manage.plan(zunyi()).programme();

        scenario.stimulate(() -> manage.revise(planned.id(), new BigDecimal("8.5"), new BigDecimal("14"), 55,
                planned.version()))
                .andWaitForEventOfType(ProgrammeChanged.class).matching(event -> event.programme().equals(planned.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.commissionFunding()).isEqualByComparingTo("8.5");
                    assertThat(event.plannedTrainees()).isEqualTo(55);
                });
    }

    @Test
    void runningACohortAnnouncesItsStartItsCompletionAndItsCertificates(Scenario scenario) {
        var programme = manage.plan(zunyi()).programme().id();
        var cohort = run.planCohort(programme, "第一期", java.time.LocalDate.of(year, 7, 2),
                java.time.LocalDate.of(year, 7, 8), "上海").cohort();
        var enrolled = run.enrol(cohort.id(), java.util.List.of(new TraineeDetails("杨光", Gender.MALE, "汉族",
                "遵义市正安县", "正安县第一中学", "教师", null), new TraineeDetails("罗敏", Gender.FEMALE, "仡佬族",
                "遵义市务川县", "务川县民族中学", "教师", null)), cohort.version()).cohort();

        scenario.stimulate(() -> run.start(enrolled.id(), enrolled.version()))
                .andWaitForEventOfType(CohortStarted.class).matching(event -> event.cohort().equals(enrolled.id()))
                .toArriveAndVerify(event -> assertThat(event.trainees()).isEqualTo(2));

        var started = run.cohort(enrolled.id()).orElseThrow();
        var first = started.roster().get(0).id();
        scenario.stimulate(() -> run.complete(enrolled.id(), java.util.Set.of(first), started.cohort().version()))
                .andWaitForEventOfType(CohortCompleted.class).matching(event -> event.cohort().equals(enrolled.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.trained()).isEqualTo(2);
                    assertThat(event.completed()).isEqualTo(1);
                });

        scenario.stimulate(() -> run.issueCertificates(enrolled.id()))
                .andWaitForEventOfType(CertificateIssued.class).matching(event -> event.cohort().equals(enrolled.id()))
                .toArriveAndVerify(event -> assertThat(event.code()).startsWith("CP-" + year + "-"));
    }

    @Test
    void spendingIsAnnouncedAndSoIsGoingOverBudget(Scenario scenario) {
        var programme = manage.plan(zunyi()).programme().id();
        var line = budgets.planLine(programme, "住宿费", new BigDecimal("3")).lines().get(0).id();

        scenario.stimulate(() -> budgets.recordSpending(programme, line, java.time.LocalDate.of(year, 7, 3),
                new BigDecimal("2.5"), "住宿", null))
                .andWaitForEventOfType(SpendingRecorded.class).matching(event -> event.programme().equals(programme))
                .toArriveAndVerify(event -> assertThat(event.amount()).isEqualByComparingTo("2.5"));
        scenario.stimulate(() -> budgets.recordSpending(programme, line, java.time.LocalDate.of(year, 7, 4),
                new BigDecimal("1"), "住宿", "学员延住一晚"))
                .andWaitForEventOfType(BudgetExceeded.class).matching(event -> event.programme().equals(programme))
                .toArriveAndVerify(event -> {
                    assertThat(event.spent()).isEqualByComparingTo("3.5");
                    assertThat(event.planned()).isEqualByComparingTo("3");
                });
    }
}
