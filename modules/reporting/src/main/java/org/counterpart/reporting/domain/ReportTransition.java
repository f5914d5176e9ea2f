package org.counterpart.reporting.domain;

import java.time.Instant;

import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportStatus;

/**
 * One step of a report's life as recorded: from which state to which ({@code from} is null when it was written),
 * who (user name and the name shown), when, and the comment given; or, with {@code edit}, a change that kept its
 * status (from and to the same), the comment saying what changed.
 */
public record ReportTransition(ReportStatus from, ReportStatus to, String byUser, String byName, Instant at,
        String comment, ReportEdit edit) {

    /** A status step. */
    public ReportTransition(ReportStatus from, ReportStatus to, String byUser, String byName, Instant at,
            String comment) {
        this(from, to, byUser, byName, at, comment, null);
    }
}
