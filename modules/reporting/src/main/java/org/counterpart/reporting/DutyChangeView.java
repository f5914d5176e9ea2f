package org.counterpart.reporting;

import java.time.Instant;

/**
 * A line of a reporting duty's history: who set it up, changed a field (before and after) or deleted it, and when.
 * {@code field} is {@code created} or {@code deleted} (with what the duty asked as after or before), or the field
 * changed: year, reporter, subject, kind, frequency, daysAllowed, dueOn, contactEmail, note.
 */
public record DutyChangeView(Instant at, String by, String field, String before, String after) {
}
