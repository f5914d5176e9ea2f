package org.counterpart.reporting;

import java.util.Locale;

/**
 * Where a report stands: a draft its unit or office is writing, submitted to the commission office, accepted, or
 * returned with comments for changes (then submitted again).
 */
public enum ReportStatus {
    /** 草稿 */
    DRAFT,
    /** 已报送 — waiting for the office's review. */
    SUBMITTED,
    /** 已采用 */
    ACCEPTED,
    /** 已退回 — back with the office's comments. */
    RETURNED;

    /** Whether a report in this state counts as reported: submitted and not sent back. */
    public boolean countsAsReported() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    public static ReportStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReportRejected.invalid("reporting.report.status-unknown", String.valueOf(text));
        }
    }
}
