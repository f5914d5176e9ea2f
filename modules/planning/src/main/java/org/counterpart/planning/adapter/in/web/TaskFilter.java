package org.counterpart.planning.adapter.in.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

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

    /**
     * The filters as the API's query parameters give them, read by hand: Spring's binding of a record from a request
     * cost a fifth of a task list's time under load (docs/performance.md), and answered a page or a flag that is not
     * a number or true/false with a bare 400 — here it is refused with a message in the reader's language.
     */
    static TaskFilter of(Map<String, String> parameters) {
        return new TaskFilter(parameters.get("region"), parameters.get("office"), parameters.get("unit"),
                parameters.get("status"), flag(parameters, "overdue"), parameters.get("q"), parameters.get("sort"),
                flag(parameters, "mine"), number(parameters, "page"), number(parameters, "size"));
    }

    private static Boolean flag(Map<String, String> parameters, String name) {
        var value = parameters.get(name);
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw PlanningRejected.invalid("planning.query.flag-invalid", name, value);
        };
    }

    private static Integer number(Map<String, String> parameters, String name) {
        var value = parameters.get(name);
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw PlanningRejected.invalid("planning.query.number-invalid", name, value);
        }
    }

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
