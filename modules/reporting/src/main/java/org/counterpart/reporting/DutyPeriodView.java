package org.counterpart.reporting;

import java.time.LocalDate;

/**
 * One period of a duty: when it is due, where it stands, and the report answering it (its id and state), if any.
 */
public record DutyPeriodView(ReportPeriod period, LocalDate due, CompletenessState state, ReportId report,
        ReportStatus reportStatus, LocalDate submittedOn) {
}
