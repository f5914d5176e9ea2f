package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as the statistics' log holds it: its place in the order received, its id (its natural identity or one of
 * its own), the name of its type and the event itself — {@code null} when the log holds a type no longer known or a
 * payload that no longer reads as its type.
 */
public record LoggedEvent(long seq, UUID id, String type, Object event, Instant receivedAt) {
}
