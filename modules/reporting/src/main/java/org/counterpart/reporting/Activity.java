package org.counterpart.reporting;

import java.time.Instant;

/**
 * 最近动态 — one thing that happened in the programme, as the activity feed shows it: what kind of thing
 * ({@code unit-registered}), about what ({@code subject}), which module reported it, and when.
 */
public record Activity(Instant occurredAt, String kind, String subject, String sourceModule) {
}
