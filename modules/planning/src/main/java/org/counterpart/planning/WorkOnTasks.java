package org.counterpart.planning;

import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Moving a task along: its status, its milestones, its progress. Each change names the version of the task the
 * user saw; if someone saved the task since, the change is refused rather than overwriting theirs.
 */
@PrimaryPort
public interface WorkOnTasks {

    TaskDetails transition(TaskRef task, TaskTransition transition, String reason, long seenVersion);

    TaskDetails addMilestone(TaskRef task, String title, LocalDate due, long seenVersion);

    TaskDetails reachMilestone(TaskRef task, UUID milestone, LocalDate reachedOn, long seenVersion);

    TaskDetails recordProgress(TaskRef task, LocalDate date, String text);
}
