package org.counterpart.planning;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reading plans and tasks — every signed-in user may. */
@PrimaryPort
public interface PlanQueries {

    /** The plans, the newest year first. */
    List<PlanSummary> plans();

    Optional<PlanSummary> plan(int year);

    TaskPage tasks(TaskQuery query);

    /**
     * 我的任务 — the tasks of the signed-in user's office (as lead or co) or unit, further filtered by the query;
     * for other users the same as {@link #tasks(TaskQuery)}.
     */
    TaskPage myTasks(TaskQuery query);

    Optional<TaskDetails> task(TaskRef ref);
}
