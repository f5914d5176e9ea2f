package org.counterpart.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A task as its page shows it: what it says, where it stands, its milestones, progress log and every recorded
 * change — and what the user looking at it may do.
 */
public record TaskDetails(TaskSummary task, List<String> references, String statusReason,
        List<MilestoneView> milestones, List<ProgressView> progress, List<ChangeView> changes,
        Set<TaskTransition> transitions, boolean mayManageMilestones, boolean mayRecordProgress) {

    public record MilestoneView(UUID id, String title, LocalDate due, LocalDate reachedOn, boolean overdue) {
    }

    public record ProgressView(LocalDate date, String author, String text) {
    }

    public record ChangeView(Instant at, String by, String field, String before, String after) {
    }
}
