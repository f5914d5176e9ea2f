package org.counterpart.reporting;

import java.time.Instant;

/**
 * A report as lists show it: what kind, its title, from which unit or office, about which task or programme (with
 * that work's name as it was when the report was written), the duty and period it answers if any, where it stands,
 * when it was written, first and last submitted, and how many files it carries.
 */
public record ReportSummary(ReportId id, ReportKind kind, String title, Reporter reporter, ReportSubject subject,
        String subjectLabel, DutyId duty, ReportPeriod period, int year, ReportStatus status, Instant createdAt,
        Instant updatedAt, Instant firstSubmittedAt, Instant lastSubmittedAt, int attachmentCount, long version) {
}
