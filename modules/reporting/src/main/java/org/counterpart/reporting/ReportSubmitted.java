package org.counterpart.reporting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A report was submitted to the commission office (again, after it was returned, when {@code resubmitted}). No personal data: the report, its kind, the unit or office it comes from, the task or programme it concerns
 * (empty for ad hoc news without one) and the period it answers (its code, empty when it answers no duty).
 */
public record ReportSubmitted(ReportId report, ReportKind kind, Reporter reporter, ReportSubject subject, String period, boolean resubmitted,
        Instant at) implements DomainEvent {
}
