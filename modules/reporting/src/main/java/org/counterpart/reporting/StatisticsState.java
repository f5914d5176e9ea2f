package org.counterpart.reporting;

import java.time.Instant;

/**
 * Where the statistics stand: how many events (and baselines) they were kept from, the last one received, and the
 * last rebuild with how many events it replayed and skipped (of a kind no longer known).
 */
public record StatisticsState(long events, Instant lastReceived, Instant rebuiltAt, long replayed, long skipped) {
}
