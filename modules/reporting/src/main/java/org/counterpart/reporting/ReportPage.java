package org.counterpart.reporting;

import java.util.List;

/** One page of reports and how many match in all. */
public record ReportPage(List<ReportSummary> items, long total) {

    public ReportPage {
        items = List.copyOf(items);
    }
}
