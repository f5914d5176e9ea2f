package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as its page shows it: the summary, the body (HTML, already cleaned to the safe subset), the day it is due
 * if it answers a duty, its files, every step of its life, and what the user looking at it may do.
 */
public record ReportDetails(ReportSummary report, String body, LocalDate dueOn,
        List<ReportAttachmentView> attachments, List<ReportTransitionView> history, boolean mayEdit, boolean maySubmit,
        boolean mayReview) {

    public ReportDetails {
        attachments = List.copyOf(attachments);
        history = List.copyOf(history);
    }

    /** The comment the office returned the report with, while it is returned. */
    public String returnComment() {
        if (report.status() != ReportStatus.RETURNED) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == ReportStatus.RETURNED && history.get(i).edit() == null) {
                return history.get(i).comment();
            }
        }
        return null;
    }
}
