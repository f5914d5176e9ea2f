package org.counterpart.planning;

import java.time.LocalDate;
import java.util.Map;

/** A year's plan as the plan list shows it: title, issuing notice, and how many tasks stand where. */
public record PlanSummary(int year, String title, String noticeNumber, LocalDate noticeDate,
        Map<TaskStatus, Long> tasksByStatus) {

    public long taskCount() {
        return tasksByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
