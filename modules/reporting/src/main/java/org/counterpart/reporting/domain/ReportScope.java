package org.counterpart.reporting.domain;

import org.counterpart.reporting.Reporter;

/** What part of the reports a user may list: only one unit's or office's, and/or only accepted ones. */
public record ReportScope(Reporter onlyReporter, boolean acceptedOnly) {

    public static final ReportScope EVERYTHING = new ReportScope(null, false);
}
