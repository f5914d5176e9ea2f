package org.counterpart.reporting;

import java.util.Locale;

/** What an information report is, as section 二(三) of the notice names them: 工作信息, 经验做法, 总结. */
public enum ReportKind {
    /** 工作信息 — news of the work. */
    NEWS,
    /** 经验做法 — an experience or practice worth sharing. */
    PRACTICE,
    /** 总结 — a summary of a period's or a project's work. */
    SUMMARY;

    /** Reads a kind from a form or the API, in any case; an unknown one is refused. */
    public static ReportKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReportRejected.invalid("reporting.report.kind-unknown", String.valueOf(text));
        }
    }
}
