package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The statistics' event log: every event received (and baseline taken), once, in the order received — what the
 * statistics are rebuilt from.
 */
@SecondaryPort
public interface LoggedEvents {

    /**
     * Takes the statistics' write lock until the transaction ends, so that events, baselines and rebuilds change the
     * statistics one after the other.
     */
    void lockForWriting();

    boolean contains(UUID id);

    /**
     * Appends the event.
     *
     * @param year the year it is about, where it says
     * @return its place in the log
     */
    long append(UUID id, String type, Source source, Integer year, Object event, Instant receivedAt);

    /** Which of these ids the log holds. */
    default Set<UUID> containing(Collection<UUID> ids) {
        return ids.stream().filter(this::contains).collect(Collectors.toSet());
    }

    /** Appends the entries in their order, as {@link #append} does one by one. */
    default void appendAll(List<Entry> entries) {
        entries.forEach(e -> append(e.id(), e.type(), e.source(), e.year(), e.event(), e.receivedAt()));
    }

    /** An event to append. */
    record Entry(UUID id, String type, Source source, Integer year, Object event, Instant receivedAt) {
    }

    /** At most {@code limit} events after {@code seq}, in the order received. */
    List<LoggedEvent> after(long seq, int limit);

    /** Whether the log holds anything of that module and year. */
    boolean knows(Source source, int year);

    long count();

    Optional<Instant> lastReceived();

    /** Notes a rebuild: when, how many events it replayed and how many it skipped. */
    void recordRebuild(Instant at, long replayed, long skipped);

    Optional<Rebuild> lastRebuild();

    /** The version of the read models' shape they were last built in (0 before any was recorded). */
    int readModelVersion();

    void recordReadModelVersion(int version);

    record Rebuild(Instant at, long replayed, long skipped) {
    }
}
