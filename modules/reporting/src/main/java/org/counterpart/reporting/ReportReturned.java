package org.counterpart.reporting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The commission office returned a report to its writer for changes (the comment stays in the module). No personal data: the report, its kind, the unit or office it comes from, the task or programme it concerns
 * (empty for ad hoc news without one) and the period it answers (its code, empty when it answers no duty).
 */
public record ReportReturned(ReportId report, ReportKind kind, Reporter reporter, ReportSubject subject, String period,
        Instant at) implements DomainEvent {
}
