package org.counterpart.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskTransition;
import org.junit.jupiter.api.Test;

class TaskLifeCycleTests {

    static TaskContent content() {
        return new TaskContent(List.of(new RegionCode("xinjiang"), new RegionCode("xizang")), List.of(),
                "做好内地新疆中职班、内地西藏中职班办班工作", new OfficeCode("zhijiao"), List.of(new OfficeCode("guihua")),
                false, List.of(new UnitCode("xiangguan-zhongzhixiao")), "加强工作指导，了解办班情况，总结工作经验。",
                List.of());
    }

    final Task task = Task.plan(2018, 22, content());

    @Test
    void aNewTaskIsPlanned() {
        assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
        assertThat(task.number()).isEqualTo(22);
    }

    @Test
    void goesFromPlannedThroughInProgressToCompleted() {
        task.apply(TaskTransition.START, null);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);

        task.apply(TaskTransition.COMPLETE, null);
        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task.drainChanges()).extracting(TaskChange::field, TaskChange::before, TaskChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "PLANNED", "IN_PROGRESS"),
                        org.assertj.core.groups.Tuple.tuple("status", "IN_PROGRESS", "COMPLETED"));
    }

    @Test
    void aDelayNeedsAReasonAndResumesWhereItWas() {
        task.apply(TaskTransition.START, null);

        assertRefused(() -> task.apply(TaskTransition.DELAY, "  "), "planning.task.transition.reason-required");
        task.apply(TaskTransition.DELAY, "对口地区调整办班计划");
        assertThat(task.status()).isEqualTo(TaskStatus.DELAYED);
        assertThat(task.statusReason()).isEqualTo("对口地区调整办班计划");

        task.apply(TaskTransition.RESUME, null);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.statusReason()).isNull();
    }

    @Test
    void aTaskDelayedBeforeItStartedResumesAsPlanned() {
        task.apply(TaskTransition.DELAY, "等待教育部通知");
        task.apply(TaskTransition.RESUME, null);

        assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() {
        assertRefused(() -> task.apply(TaskTransition.CANCEL, null), "planning.task.transition.reason-required");
        task.apply(TaskTransition.CANCEL, "并入第21项");

        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        for (var transition : TaskTransition.values()) {
            assertRefused(() -> task.apply(transition, "再试"), "planning.task.transition.refused");
        }
    }

    @Test
    void refusesToCompleteATaskThatNeverStarted() {
        assertRefused(() -> task.apply(TaskTransition.COMPLETE, null), "planning.task.transition.refused");
        assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
        assertThat(task.drainChanges()).isEmpty();
    }

    @Test
    void refusesToResumeATaskThatIsNotDelayed() {
        assertRefused(() -> task.apply(TaskTransition.RESUME, null), "planning.task.transition.refused");
    }

    @Test
    void aCompletedTaskCanNeitherBeDelayedNorCancelled() {
        task.apply(TaskTransition.START, null);
        task.apply(TaskTransition.COMPLETE, null);

        assertRefused(() -> task.apply(TaskTransition.DELAY, "晚了"), "planning.task.transition.refused");
        assertRefused(() -> task.apply(TaskTransition.CANCEL, "不做了"), "planning.task.transition.refused");
    }

    @Test
    void refusesAnOverlongReason() {
        assertRefused(() -> task.apply(TaskTransition.CANCEL, "长".repeat(Task.MAX_REASON + 1)),
                "planning.task.transition.reason-too-long");
    }

    @Test
    void aMilestonePastItsDayUnreachedIsOverdueUntilReached() {
        var milestone = task.addMilestone("完成招生计划编制", LocalDate.of(2018, 9, 30));

        assertThat(task.overdueMilestones(LocalDate.of(2018, 9, 30))).isEmpty();
        assertThat(task.overdueMilestones(LocalDate.of(2018, 10, 1))).extracting(Milestone::id)
                .containsExactly(milestone.id());

        task.reachMilestone(milestone.id(), LocalDate.of(2018, 10, 8));
        assertThat(task.overdueMilestones(LocalDate.of(2018, 10, 9))).isEmpty();
        assertRefused(() -> task.reachMilestone(milestone.id(), LocalDate.of(2018, 10, 9)),
                "planning.milestone.already-reached");
    }

    @Test
    void aMilestoneNeedsATitleAndADueDay() {
        assertRefused(() -> task.addMilestone(" ", LocalDate.of(2018, 9, 30)), "planning.milestone.title-required");
        assertRefused(() -> task.addMilestone("中期检查", null), "planning.milestone.due-required");
        assertThat(task.milestones()).isEmpty();
    }

    @Test
    void progressNeedsTextOfReasonableLength() {
        assertRefused(() -> task.recordProgress(LocalDate.of(2018, 9, 1), "职教处", ""),
                "planning.progress.text-required");
        assertRefused(() -> task.recordProgress(LocalDate.of(2018, 9, 1), "职教处", "字".repeat(2001)),
                "planning.progress.text-too-long");
        assertThat(task.recordProgress(LocalDate.of(2018, 9, 1), "职教处", " 已召开办班工作会议 ").text())
                .isEqualTo("已召开办班工作会议");
    }

    @Test
    void aRevisionRecordsEachFieldThatChanged() {
        var revised = new TaskContent(content().regions(), content().places(), content().name(),
                content().leadOffice(), List.of(), false, content().units(), "加强工作指导。", List.of());

        task.revise(revised);

        assertThat(task.drainChanges()).extracting(TaskChange::field).containsExactly("coOffices", "requirements");
        assertThat(task.content()).isEqualTo(revised);
    }

    @Test
    void rollingOverPlansTheSameTaskAgainInTheNextYear() {
        task.apply(TaskTransition.START, null);
        task.addMilestone("中期检查", LocalDate.of(2018, 12, 1));

        var next = task.rolledOverTo(2019);

        assertThat(next.year()).isEqualTo(2019);
        assertThat(next.number()).isEqualTo(22);
        assertThat(next.status()).isEqualTo(TaskStatus.PLANNED);
        assertThat(next.milestones()).isEmpty();
        assertThat(next.content()).isEqualTo(task.content());
        assertThat(next.getId()).isNotEqualTo(task.getId());
    }

    @Test
    void aTaskNeedsARegionAProjectAndALeadOfficeThatIsNotAlsoACoOffice() {
        assertRefused(() -> new TaskContent(List.of(), List.of(), "项目", new OfficeCode("zhijiao"), List.of(), false,
                List.of(), "", List.of()), "planning.task.region-required");
        assertRefused(() -> new TaskContent(List.of(new RegionCode("yunnan")), List.of(), " ", new OfficeCode("zhijiao"),
                List.of(), false, List.of(), "", List.of()), "planning.task.name-required");
        assertRefused(() -> new TaskContent(List.of(new RegionCode("yunnan")), List.of(), "项目",
                new OfficeCode("zhijiao"), List.of(new OfficeCode("zhijiao")), false, List.of(), "", List.of()),
                "planning.task.lead-also-co");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(PlanningRejected.class)
                .extracting(e -> ((PlanningRejected) e).messageKey()).isEqualTo(key);
    }
}
