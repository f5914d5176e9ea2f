package org.counterpart.reporting;

/**
 * A changed draft or returned report: its title and body (HTML, cleaned before it is kept) and, for an ad hoc
 * report, its kind and subject ({@code null}: unchanged).
 */
public record ReportRevision(String title, String body, ReportKind kind, ReportSubject subject) {
}
