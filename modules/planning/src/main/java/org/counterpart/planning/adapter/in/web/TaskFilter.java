package org.counterpart.planning.adapter.in.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskStatus;

/**
 * The task list's filters as the page and the API take them (query parameters), turned into a {@link TaskQuery}.
 * Unknown values are refused with a message rather than ignored.
 */
record TaskFilter(String region, String office, String unit, String status, Boolean overdue, String q, String sort,
        Boolean mine, Integer page, Integer size) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    TaskQuery toQuery(int year, int defaultSize) {
        return new TaskQuery(year, blank(region) ? null : new RegionCode(region.strip()),
                blank(office) ? null : new OfficeCode(office.strip()), blank(unit) ? null : new UnitCode(unit.strip()),
                parse(TaskStatus.class, status, "planning.query.status-unknown"), Boolean.TRUE.equals(overdue), q,
                blank(sort) ? TaskQuery.Sort.NUMBER : parse(TaskQuery.Sort.class, sort, "planning.query.sort-unknown"),
                LocalDate.now(SHANGHAI), page == null ? 0 : page, size == null ? defaultSize : size);
    }

    boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlanningRejected.invalid(key, value);
        }
    }
}
