package org.counterpart.planning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPage;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskStatus;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where tasks are kept, with their milestones, progress log and recorded changes. Adding and updating tasks advance
 * their plan's {@linkplain Plans#revision revision} before anything else they write, so that every transaction that
 * writes a year's tasks takes the plan's row first and they never wait on each other in opposite orders.
 */
@SecondaryPort
public interface Tasks {

    Optional<Task> byNumber(int year, int number);

    List<Task> ofPlan(int year);

    /** How many tasks the year's plan has in each status (counted by the database: a year may hold thousands). */
    Map<TaskStatus, Long> countByStatus(int year);

    TaskPage find(TaskQuery query);

    void add(Task task);

    /** Adds many tasks at once (a plan import adds up to 10,000; they are written in large batches). */
    void addAll(List<Task> tasks);

    /**
     * Saves the task's changes if nobody else saved the task since it was read.
     *
     * @throws org.counterpart.planning.PlanningRejected of kind CONFLICT when someone did
     */
    void update(Task task);

    void addProgress(TaskId task, ProgressEntry entry);

    List<ProgressEntry> progressOf(TaskId task);

    void recordChanges(TaskId task, List<TaskChange> changes, String by, Instant at);

    /** Records the same change of each of many tasks (their creation by an import), in large batches. */
    void recordChangeOfEach(List<TaskId> tasks, TaskChange change, String by, Instant at);

    List<RecordedChange> changesOf(TaskId task);

    /** Tasks with a milestone that was due before the day and is not reached, in every plan. */
    List<Task> withOverdueMilestones(java.time.LocalDate today);

    /** A recorded change: who changed what, when. */
    record RecordedChange(Instant at, String by, String field, String before, String after) {
    }
}
