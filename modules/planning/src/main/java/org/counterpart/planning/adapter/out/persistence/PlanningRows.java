package org.counterpart.planning.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of the planning tables, as MyBatis reads and writes them. */
final class PlanningRows {

    private PlanningRows() {
    }

    record PlanRow(int planYear, String title, String noticeNumber, LocalDate noticeDate) {
    }

    record TaskRow(String id, int planYear, int taskNumber, String name, String leadOffice, boolean andOtherOffices,
            String requirements, String status, String statusBeforeDelay, String statusReason, long version) {
    }

    /** A code attached to a task (a region, place, office or unit), or a reference title, in its order. */
    record TaskValueRow(String taskId, String kind, int seq, String entryValue) {
    }

    record MilestoneRow(String id, String taskId, String title, LocalDate dueDate, LocalDate reachedOn) {
    }

    record ProgressRow(String taskId, LocalDate entryDate, String author, String entryText) {
    }

    record ChangeRow(String taskId, Instant changedAt, String changedBy, String fieldName, String beforeText,
            String afterText) {
    }

    record StatusCountRow(String status, long tasks) {
    }

    record CountRow(String taskId, int overdue) {
    }
}
