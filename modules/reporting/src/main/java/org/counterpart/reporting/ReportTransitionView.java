package org.counterpart.reporting;

import java.time.Instant;

/** One step of a report's life: from which state to which (from is empty when it was written), who, when, why. */
public record ReportTransitionView(ReportStatus from, ReportStatus to, String by, Instant at, String comment,
        ReportEdit edit) {
}
