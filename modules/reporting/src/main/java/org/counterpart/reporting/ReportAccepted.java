package org.counterpart.reporting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The commission office accepted a report. No personal data: the report, its kind, the unit or office it comes from, the task or programme it concerns
 * (empty for ad hoc news without one) and the period it answers (its code, empty when it answers no duty).
 */
public record ReportAccepted(ReportId report, ReportKind kind, Reporter reporter, ReportSubject subject, String period,
        Instant at) implements DomainEvent {
}
