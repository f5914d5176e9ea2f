package org.counterpart.planning.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskSummary;
import org.counterpart.planning.TaskTransition;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.Plans;
import org.counterpart.planning.domain.ProgressEntry;
import org.counterpart.planning.domain.Task;
import org.counterpart.planning.domain.TaskChange;
import org.counterpart.planning.domain.TaskContent;
import org.counterpart.planning.domain.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Plans and tasks over MyBatis against the real MySQL-compatible server. */
@SpringBootTest
@Transactional
class MyBatisTasksIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2018, 10, 1);

    @Autowired
    Plans plans;

    @Autowired
    Tasks tasks;

    int year;
    Task kashgar;
    Task golog;
    Task yunnan;

    @BeforeEach
    void aPlanOfThreeTasks() {
        // A year of its own, so that the shared test database's other plans never meet these (rolled back after).
        year = 2040 + ThreadLocalRandom.current().nextInt(0, 50);
        while (plans.byYear(new Plan.Year(year)).isPresent()) {
            year++;
        }
        plans.add(new Plan(new Plan.Year(year), year + "年主要工作任务", "沪教委办〔" + year + "〕1号", LocalDate.of(2018, 8, 13)));
        kashgar = Task.plan(year, 9, new TaskContent(List.of(new RegionCode("xinjiang")),
                List.of(new RegionCode("kashgar")), "做好对喀什地区的教育培训工作", new OfficeCode("renshi"),
                List.of(new OfficeCode("bangongshi"), new OfficeCode("jijiao")), false,
                List.of(new UnitCode("shipei"), new UnitCode("related-district-bureaus")), "指导项目承办单位制定培训工作方案。",
                List.of()));
        golog = Task.plan(year, 32, new TaskContent(List.of(new RegionCode("qinghai")), List.of(new RegionCode("golog")),
                "做好内地果洛中职班办班工作", new OfficeCode("zhijiao"), List.of(new OfficeCode("guihua")), false,
                List.of(new UnitCode("related-secondary-voc")), "根据教育部要求，加强工作指导。", List.of()));
        yunnan = Task.plan(year, 1, new TaskContent(List.of(new RegionCode("yunnan")), List.of(), "全面推进沪滇教育扶贫协作",
                new OfficeCode("bangongshi"), List.of(new OfficeCode("renshi")), true, List.of(new UnitCode("tongji")),
                "根据《2018-2020年沪滇教育扶贫协作协议》建立扶贫协作协商制度。", List.of("2018-2020年沪滇教育扶贫协作协议")));
        tasks.addAll(List.of(kashgar, golog, yunnan));
    }

    @Test
    void countsTheYearsTasksByStatusInTheDatabase() {
        var started = tasks.byNumber(year, 9).orElseThrow();
        started.apply(TaskTransition.START, null);
        tasks.update(started);

        assertThat(tasks.countByStatus(year)).containsOnly(java.util.Map.entry(TaskStatus.PLANNED, 2L),
                java.util.Map.entry(TaskStatus.IN_PROGRESS, 1L));
        assertThat(tasks.countByStatus(year + 1000)).isEmpty();
    }

    TaskQuery query(RegionCode region, OfficeCode office, UnitCode unit, TaskStatus status, boolean overdue,
            String text, TaskQuery.Sort sort) {
        return new TaskQuery(year, region, office, unit, status, overdue, text, sort, TODAY, 0, 50);
    }

    List<Integer> numbers(TaskQuery query) {
        return tasks.find(query).items().stream().map(TaskSummary::number).toList();
    }

    @Test
    void readsATaskBackWithEverythingItLists() {
        var read = tasks.byNumber(year, 1).orElseThrow();

        assertThat(read.content()).isEqualTo(yunnan.content());
        assertThat(read.status()).isEqualTo(TaskStatus.PLANNED);
        assertThat(read.version()).isZero();
        assertThat(plans.byYear(new Plan.Year(year)).orElseThrow().noticeDate()).isEqualTo(LocalDate.of(2018, 8, 13));
    }

    @Test
    void listsAPlansTasksInOrderWithTheirTotal() {
        var page = tasks.find(query(null, null, null, null, false, null, TaskQuery.Sort.NUMBER));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(TaskSummary::number).containsExactly(1, 9, 32);
        assertThat(numbers(query(null, null, null, null, false, null, TaskQuery.Sort.NUMBER_DESC)))
                .containsExactly(32, 9, 1);
    }

    @Test
    void filtersByRegionOrPlaceByOfficeAsLeadOrCoAndByUnit() {
        assertThat(numbers(query(new RegionCode("xinjiang"), null, null, null, false, null, null))).containsExactly(9);
        assertThat(numbers(query(new RegionCode("golog"), null, null, null, false, null, null))).containsExactly(32);
        assertThat(numbers(query(null, new OfficeCode("renshi"), null, null, false, null, null))).containsExactly(1, 9);
        assertThat(numbers(query(null, new OfficeCode("guihua"), null, null, false, null, null))).containsExactly(32);
        assertThat(numbers(query(null, null, new UnitCode("shipei"), null, false, null, null))).containsExactly(9);
    }

    @Test
    void filtersByTextInTheProjectOrTheRequirements() {
        assertThat(numbers(query(null, null, null, null, false, "果洛", null))).containsExactly(32);
        assertThat(numbers(query(null, null, null, null, false, "协商制度", null))).containsExactly(1);
    }

    @Test
    void pagesThroughTheList() {
        var second = tasks.find(new TaskQuery(year, null, null, null, null, false, null, TaskQuery.Sort.NUMBER, TODAY, 1, 2));

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(TaskSummary::number).containsExactly(32);
    }

    @Test
    void savesStatusAndMilestonesAndFindsOverdueOnes() {
        var task = tasks.byNumber(year, 32).orElseThrow();
        task.apply(TaskTransition.START, null);
        task.addMilestone("完成招生", LocalDate.of(2018, 9, 15));
        tasks.update(task);

        var saved = tasks.byNumber(year, 32).orElseThrow();
        assertThat(saved.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.milestones()).extracting(m -> m.title()).containsExactly("完成招生");
        assertThat(numbers(query(null, null, null, TaskStatus.IN_PROGRESS, false, null, null))).containsExactly(32);
        assertThat(numbers(query(null, null, null, null, true, null, null))).containsExactly(32);
        assertThat(tasks.find(query(null, null, null, null, true, null, null)).items().get(0).overdueMilestones())
                .isEqualTo(1);
        assertThat(tasks.withOverdueMilestones(TODAY)).extracting(Task::getId).contains(saved.getId());
    }

    @Test
    void refusesToOverwriteAChangeSomeoneSavedMeanwhile() {
        var mine = tasks.byNumber(year, 9).orElseThrow();
        var theirs = tasks.byNumber(year, 9).orElseThrow();
        theirs.apply(TaskTransition.START, null);
        tasks.update(theirs);

        mine.apply(TaskTransition.CANCEL, "重复");

        assertThatThrownBy(() -> tasks.update(mine)).isInstanceOf(PlanningRejected.class)
                .extracting(e -> ((PlanningRejected) e).kind()).isEqualTo(PlanningRejected.Kind.CONFLICT);
        assertThat(tasks.byNumber(year, 9).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void recordsTheSameChangeOfManyTasksInOneBatchAsItRecordsOne() {
        var at = Instant.parse("2018-08-13T01:02:03Z");
        tasks.recordChangeOfEach(List.of(kashgar.getId()), new TaskChange("created", null, "imported"), "系统", at);

        assertThat(tasks.changesOf(kashgar.getId())).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("系统");
            assertThat(change.at()).isEqualTo(at);
            assertThat(change.field()).isEqualTo("created");
            assertThat(change.before()).isNull();
            assertThat(change.after()).isEqualTo("imported");
        });
    }

    @Test
    void keepsTheProgressLogNewestFirstAndEveryRecordedChange() {
        tasks.addProgress(kashgar.getId(), new ProgressEntry(LocalDate.of(2018, 9, 1), "人事处", "完成需求对接"));
        tasks.addProgress(kashgar.getId(), new ProgressEntry(LocalDate.of(2018, 9, 20), "人事处", "培训方案定稿"));
        tasks.recordChanges(kashgar.getId(), List.of(new TaskChange("status", "PLANNED", "IN_PROGRESS")), "人事处",
                Instant.parse("2018-09-01T02:00:00Z"));

        assertThat(tasks.progressOf(kashgar.getId())).extracting(ProgressEntry::text).containsExactly("培训方案定稿",
                "完成需求对接");
        assertThat(tasks.changesOf(kashgar.getId())).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("人事处");
            assertThat(change.at()).isEqualTo(Instant.parse("2018-09-01T02:00:00Z"));
            assertThat(change.before()).isEqualTo("PLANNED");
        });
    }
}
