package org.counterpart.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The planning module publishes its events from its use cases, for reporting and whoever else listens. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PlanningEventsIntegrationTests {

    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    ManagePlans plans;

    @Autowired
    WorkOnTasks work;

    @Autowired
    PlanQueries queries;

    @Autowired
    FlagOverdueMilestones check;

    int year;

    @BeforeEach
    void aPlanOfItsOwnImportedByTheCommissionOffice() {
        given(currentUser.get()).willReturn(Optional.of(new UserContext("admin", "委办公室", Role.ADMIN, null, null)));
        given(currentUser.require()).willCallRealMethod();
        // The module test commits: a year no other run has used.
        do {
            year = 2050 + ThreadLocalRandom.current().nextInt(0, 40);
        } while (queries.plan(year).isPresent() || queries.plan(year + 1).isPresent());
    }

    List<PlanSheetRow> rows() {
        return List.of(new PlanSheetRow(2, "1", "青海", "推进教育对口支援青海果洛工作", "委办公室（信息办）", "协调落实各项帮扶任务。"),
                new PlanSheetRow(3, "2", "青海", "做好内地果洛中职班办班工作", "职教处、规划处（相关中职校）", "加强工作指导。"));
    }

    @Test
    void importingAPlanAnnouncesEachPlannedTask(Scenario scenario) {
        scenario.stimulate(() -> plans.importRows(year, rows()))
                .andWaitForEventOfType(TaskPlanned.class)
                .matching(event -> event.year() == year && event.number() == 2)
                .toArriveAndVerify(event -> assertThat(event.leadOffice()).isEqualTo(new OfficeCode("zhijiao")));
    }

    @Test
    void movingATaskAnnouncesItsStatusChangeWithTheActingOffice(Scenario scenario) {
        plans.importRows(year, rows());
        given(currentUser.get()).willReturn(Optional.of(
                new UserContext("zhijiao", "职教处", Role.OFFICE, new OfficeCode("zhijiao"), null)));
        var version = queries.task(new TaskRef(year, 2)).orElseThrow().task().version();

        scenario.stimulate(() -> work.transition(new TaskRef(year, 2), TaskTransition.START, null, version))
                .andWaitForEventOfType(TaskStatusChanged.class)
                .matching(event -> event.year() == year && event.number() == 2)
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(TaskStatus.PLANNED);
                    assertThat(event.to()).isEqualTo(TaskStatus.IN_PROGRESS);
                    assertThat(event.byOffice()).isEqualTo(new OfficeCode("zhijiao"));
                    assertThat(event.at()).isNotNull();
                });
    }

    @Test
    void recordingProgressAndReachingAMilestoneAreAnnounced(Scenario scenario) {
        plans.importRows(year, rows());
        var ref = new TaskRef(year, 1);
        var withMilestone = work.addMilestone(ref, "完成年度对接", LocalDate.of(year, 6, 30),
                queries.task(ref).orElseThrow().task().version());
        var milestone = withMilestone.milestones().get(0).id();

        scenario.stimulate(() -> work.recordProgress(ref, LocalDate.of(year, 3, 1), "召开对接会"))
                .andWaitForEventOfType(ProgressRecorded.class).matching(event -> event.year() == year)
                .toArriveAndVerify(event -> assertThat(event.date()).isEqualTo(LocalDate.of(year, 3, 1)));
        scenario.stimulate(() -> work.reachMilestone(ref, milestone, LocalDate.of(year, 6, 20),
                withMilestone.task().version()))
                .andWaitForEventOfType(MilestoneReached.class).matching(event -> event.year() == year)
                .toArriveAndVerify(event -> assertThat(event.milestone()).isEqualTo(milestone));
    }

    @Test
    void theDailyCheckAnnouncesAnOverdueMilestoneOnceAndRunsOncePerDay(Scenario scenario) {
        plans.importRows(year, rows());
        var ref = new TaskRef(year, 2);
        var milestone = work.addMilestone(ref, "完成招生", LocalDate.of(year, 9, 1),
                queries.task(ref).orElseThrow().task().version()).milestones().get(0).id();
        // Days no other run has checked: the year is this test's own.
        var day = LocalDate.of(year, 9, 2);

        scenario.stimulate(() -> check.flag(day)).andWaitForEventOfType(MilestoneOverdue.class)
                .matching(event -> event.milestone().equals(milestone))
                .toArriveAndVerify(event -> assertThat(event.due()).isEqualTo(LocalDate.of(year, 9, 1)));

        assertThat(check.flag(day)).as("the same day's check, a second time").isEqualTo(-1);
        // Every overdue milestone in the test database was flagged when its own test ran; none is left to announce.
        assertThat(check.flag(day.plusDays(1))).as("the next day's check, with the milestone still overdue")
                .isZero();
    }

    @Test
    void rollingOverAPlanIsAnnounced(Scenario scenario) {
        plans.importRows(year, rows());

        scenario.stimulate(() -> plans.rollOver(year))
                .andWaitForEventOfType(PlanRolledOver.class).matching(event -> event.fromYear() == year)
                .toArriveAndVerify(event -> {
                    assertThat(event.toYear()).isEqualTo(year + 1);
                    assertThat(event.tasks()).isEqualTo(2);
                });
    }
}
