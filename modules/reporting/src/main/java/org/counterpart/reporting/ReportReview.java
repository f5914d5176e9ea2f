package org.counterpart.reporting;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The commission office's review of submitted reports: accept one, or return it with comments. ADMIN only. */
@PrimaryPort
public interface ReportReview {

    ReportDetails accept(ReportId id, long seenVersion, String comment);

    /** Returns a submitted report to its writer; the comment saying what to change is required. */
    ReportDetails returnForChanges(ReportId id, long seenVersion, String comment);
}
