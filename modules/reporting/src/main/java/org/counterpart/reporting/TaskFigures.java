package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.counterpart.planning.TaskStatus;

/**
 * 任务 — a year's plan in figures: how many tasks stand where, by partner region (a task serving several regions
 * counts in each) and by lead office, and the milestones that passed their due day unreached.
 *
 * @param total the tasks of the year's plan (of the region, when limited to one)
 * @param byStatus every status, with 0 where no task stands
 * @param overdueMilestones milestones flagged overdue and not reached since
 * @param reachedLate milestones flagged overdue and reached after all
 * @param overdue the milestones flagged overdue, reached or not, by task number and due day
 */
public record TaskFigures(long total, Map<TaskStatus, Long> byStatus, List<TaskTally> byRegion,
        List<TaskTally> byLeadOffice, long overdueMilestones, long reachedLate, List<OverdueMilestone> overdue) {

    public TaskFigures {
        byStatus = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStatus));
        byRegion = List.copyOf(byRegion);
        byLeadOffice = List.copyOf(byLeadOffice);
        overdue = List.copyOf(overdue);
    }

    /** The tasks of one region or office ({@code code}, a directory code), by status. */
    public record TaskTally(String code, long tasks, Map<TaskStatus, Long> byStatus) {

        public TaskTally {
            byStatus = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStatus));
        }
    }

    /**
     * A milestone flagged overdue: its task's number, lead office and regions, its due day, and the day it was
     * reached after all ({@code null} while it is not).
     */
    public record OverdueMilestone(int task, String leadOffice, List<String> regions, LocalDate due,
            LocalDate reachedOn) {

        public OverdueMilestone {
            regions = List.copyOf(regions);
        }
    }
}
