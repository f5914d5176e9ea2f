package org.counterpart.planning.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.Plans;
import org.counterpart.planning.domain.Task;
import org.counterpart.planning.domain.TaskContent;
import org.counterpart.planning.domain.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several people adding milestones to different tasks at the same moment, against the real server: every one is
 * saved. When a save deleted all of a task's milestones and inserted them again, two such saves locked each other's
 * index gaps and one failed with a deadlock (the benchmark saw 2 of 128 refused).
 */
@SpringBootTest
class MilestonesSavedAtOnceIntegrationTests {

    static final int TASKS = 8;
    static final int ROUNDS = 6;

    @Autowired
    Plans plans;

    @Autowired
    Tasks tasks;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void milestonesAddedToDifferentTasksAtOnceAreAllSaved() throws Exception {
        // A year of its own (the tasks are committed): other tests draw theirs from 2040-2099 and skip taken ones.
        int year = 2001 + ThreadLocalRandom.current().nextInt(0, 15);
        while (plans.byYear(new Plan.Year(year)).isPresent()) {
            year++;
        }
        int planYear = year;
        transactions.executeWithoutResult(status -> {
            plans.add(new Plan(new Plan.Year(planYear), planYear + "年工作任务", null, null));
            var planned = new ArrayList<Task>();
            for (int n = 1; n <= TASKS; n++) {
                planned.add(Task.plan(planYear, n, new TaskContent(List.of(new RegionCode("xinjiang")), List.of(),
                        "并发测试任务" + n, new OfficeCode("renshi"), List.of(), false, List.of(), "", List.of())));
            }
            tasks.addAll(planned);
        });

        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                var work = new ArrayList<Callable<Void>>();
                for (int n = 1; n <= TASKS; n++) {
                    int number = n;
                    int r = round;
                    work.add(() -> {
                        transactions.executeWithoutResult(status -> {
                            var task = tasks.byNumber(planYear, number).orElseThrow();
                            task.addMilestone("第" + (r + 1) + "次检查", LocalDate.of(planYear, 1 + r, 28));
                            tasks.update(task);
                        });
                        return null;
                    });
                }
                for (var done : pool.invokeAll(work)) {
                    done.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        for (int n = 1; n <= TASKS; n++) {
            assertThat(tasks.byNumber(planYear, n).orElseThrow().milestones()).hasSize(ROUNDS);
        }
    }
}
