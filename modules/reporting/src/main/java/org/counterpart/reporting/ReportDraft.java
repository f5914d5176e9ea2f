package org.counterpart.reporting;

/**
 * A new report, written by the signed-in unit or office. One that answers a duty names the duty and the period; its
 * kind and subject are the duty's. An ad hoc report (工作信息 as it happens) names its kind and, optionally, the task
 * or programme it concerns. The body is HTML; it is cleaned to the safe subset before it is kept.
 */
public record ReportDraft(ReportKind kind, String title, String body, ReportSubject subject, DutyId duty,
        ReportPeriod period) {
}
