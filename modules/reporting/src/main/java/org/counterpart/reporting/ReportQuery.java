package org.counterpart.reporting;

/**
 * Which reports to list — each filter optional: a year, a state, a kind, a unit or office, a duty — one page. What
 * the user may see narrows it further: a unit or office sees its own, a viewer accepted reports only.
 *
 * @param page zero-based
 */
public record ReportQuery(Integer year, ReportStatus status, ReportKind kind, Reporter reporter, DutyId duty, int page,
        int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public ReportQuery {
        if (page < 0) {
            throw ReportRejected.invalid("reporting.report.query.page-invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ReportRejected.invalid("reporting.report.query.size-invalid", MAX_PAGE_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
