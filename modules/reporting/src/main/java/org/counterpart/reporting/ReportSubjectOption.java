package org.counterpart.reporting;

/** A task or programme a report or duty may concern, with its name, as the forms offer them. */
public record ReportSubjectOption(ReportSubject subject, String label) {
}
