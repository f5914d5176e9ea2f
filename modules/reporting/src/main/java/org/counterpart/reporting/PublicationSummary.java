package org.counterpart.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * One event publication of Spring Modulith's registry that has not completed: which event to which listener, since
 * when, in which state and after how many resubmissions.
 */
public record PublicationSummary(UUID id, String eventType, String listener, Instant publishedAt, String status,
        int attempts, Instant lastResubmittedAt) {
}
