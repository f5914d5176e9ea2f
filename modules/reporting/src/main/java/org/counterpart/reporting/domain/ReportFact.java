package org.counterpart.reporting.domain;

import java.time.Instant;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportStatus;

/** What completeness needs of a report answering a duty: which period, where it stands, when first submitted. */
public record ReportFact(DutyId duty, ReportPeriod period, ReportId report, ReportStatus status,
        Instant firstSubmittedAt) {
}
