package org.counterpart.planning;

import java.time.LocalDate;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * Which tasks of a year's plan to list: each filter optional — a region or place, an office (as lead or co), a unit,
 * a status, only those with overdue milestones, a text in the project or the requirements — sorted, one page.
 *
 * @param today the day against which milestones count as overdue
 * @param page zero-based
 */
public record TaskQuery(int year, RegionCode region, OfficeCode office, UnitCode unit, TaskStatus status,
        boolean overdueOnly, String text, Sort sort, LocalDate today, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_TEXT = 100;

    /** The orders a task list can be in. */
    public enum Sort {
        NUMBER, NAME, STATUS, NUMBER_DESC
    }

    public TaskQuery {
        if (page < 0) {
            throw PlanningRejected.invalid("planning.query.page-invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw PlanningRejected.invalid("planning.query.size-invalid", MAX_PAGE_SIZE);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw PlanningRejected.invalid("planning.query.text-too-long", MAX_TEXT);
        }
        sort = sort == null ? Sort.NUMBER : sort;
        today = today == null ? LocalDate.now() : today;
    }

    public int offset() {
        return page * size;
    }
}
