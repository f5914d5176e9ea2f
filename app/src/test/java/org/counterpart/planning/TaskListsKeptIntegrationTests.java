package org.counterpart.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.Plans;
import org.counterpart.planning.domain.Task;
import org.counterpart.planning.domain.TaskContent;
import org.counterpart.planning.domain.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's task list and summary are read once and served from memory until a write to the plan's tasks moves its
 * revision — whether the write is this instance's or another's on the same database. The tasks are committed, in a
 * year of their own.
 */
@SpringBootTest
class TaskListsKeptIntegrationTests {

    @Autowired
    PlanQueries queries;

    @Autowired
    Plans plans;

    @Autowired
    Tasks tasks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    int year;
    TaskQuery all;

    @BeforeEach
    void aPlanOfItsOwn() {
        int candidate = 2016 - ThreadLocalRandom.current().nextInt(0, 10);
        while (plans.byYear(new Plan.Year(candidate)).isPresent()) {
            candidate--;
        }
        year = candidate;
        transactions.executeWithoutResult(status -> {
            plans.add(new Plan(new Plan.Year(year), year + "年工作任务", null, null));
            var planned = new ArrayList<Task>();
            for (int n = 1; n <= 3; n++) {
                planned.add(Task.plan(year, n, content("留存测试任务" + n)));
            }
            tasks.addAll(planned);
        });
        all = new TaskQuery(year, null, null, null, null, false, null, TaskQuery.Sort.NUMBER,
                LocalDate.of(year, 12, 1), 0, 20);
    }

    static TaskContent content(String name) {
        return new TaskContent(List.of(new RegionCode("yunnan")), List.of(), name, new OfficeCode("zhijiao"),
                List.of(), false, List.of(), "", List.of());
    }

    @Test
    void aListIsServedAgainUntilThisInstanceChangesATaskOfItsPlan() {
        var first = queries.tasks(all);
        assertThat(queries.tasks(all)).as("asked again, from memory").isSameAs(first);
        var summary = queries.plan(year).orElseThrow();
        assertThat(queries.plan(year).orElseThrow()).isSameAs(summary);
        assertThat(summary.taskCount()).isEqualTo(3);

        transactions.executeWithoutResult(status -> {
            var task = tasks.byNumber(year, 2).orElseThrow();
            task.revise(content("改过的任务"));
            tasks.update(task);
        });

        var after = queries.tasks(all);
        assertThat(after).isNotSameAs(first);
        assertThat(after.items()).extracting(TaskSummary::name).containsExactly("留存测试任务1", "改过的任务",
                "留存测试任务3");
        transactions.executeWithoutResult(status -> tasks.add(Task.plan(year, 4, content("新加的任务"))));
        assertThat(queries.plan(year).orElseThrow().taskCount()).isEqualTo(4);
        assertThat(queries.tasks(all).total()).isEqualTo(4);
    }

    @Test
    void aListIsReadAgainWhenAnotherInstanceHasMovedTheRevision() {
        var first = queries.tasks(all);

        // What another instance's MyBatisTasks does in one transaction: the revision first, then the rows.
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE planning_plan SET revision = revision + 1 WHERE plan_year = ?", year);
            jdbc.update("UPDATE planning_task SET name = ? WHERE plan_year = ? AND task_number = 3", "另一实例改的",
                    year);
        });

        assertThat(queries.tasks(all).items()).extracting(TaskSummary::name).containsExactly("留存测试任务1",
                "留存测试任务2", "另一实例改的");
        assertThat(first.items()).extracting(TaskSummary::name).contains("留存测试任务3");
    }

    @Test
    void anotherDayOrFilterIsAnotherQuestion() {
        var today = queries.tasks(all);
        var tomorrow = new TaskQuery(year, null, null, null, null, false, null, TaskQuery.Sort.NUMBER,
                LocalDate.of(year, 12, 2), 0, 20);
        assertThat(queries.tasks(tomorrow)).isNotSameAs(today).isEqualTo(today);
        var byText = new TaskQuery(year, null, null, null, null, false, "任务2", TaskQuery.Sort.NUMBER,
                LocalDate.of(year, 12, 1), 0, 20);
        assertThat(queries.tasks(byText).items()).extracting(TaskSummary::number).containsExactly(2);
    }
}
