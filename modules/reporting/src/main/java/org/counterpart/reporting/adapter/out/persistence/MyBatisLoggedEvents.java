package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.NewLogRow;
import org.counterpart.reporting.domain.LoggedEvent;
import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisLoggedEvents implements LoggedEvents {

    /** What {@code reporting_event_log.payload} holds at most. */
    static final int MAX_PAYLOAD = 8000;

    /** Rows to a statement when many events are looked up or appended at once. */
    static final int BATCH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(MyBatisLoggedEvents.class);

    private final StatisticsMapper mapper;

    MyBatisLoggedEvents(StatisticsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void lockForWriting() {
        if (mapper.lockForWriting() == null) {
            throw new IllegalStateException("reporting_stat_replay has lost its row; the migration inserts it");
        }
    }

    @Override
    public boolean contains(UUID id) {
        return mapper.countEvent(id.toString()) > 0;
    }

    @Override
    public long append(UUID id, String type, Source source, Integer year, Object event, Instant receivedAt) {
        mapper.insertEvent(id.toString(), type, source.name().toLowerCase(Locale.ROOT), year, payload(type, event),
                receivedAt);
        mapper.countAppended();
        return mapper.selectSeq(id.toString());
    }

    @Override
    public Set<UUID> containing(Collection<UUID> ids) {
        var held = new HashSet<UUID>();
        var all = ids.stream().map(UUID::toString).distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            mapper.selectEventIdsIn(all.subList(from, Math.min(all.size(), from + BATCH))).stream()
                    .map(UUID::fromString).forEach(held::add);
        }
        return held;
    }

    /** In statements of {@value #BATCH} rows, and the log's count moved once. */
    @Override
    public void appendAll(List<Entry> entries) {
        var rows = entries.stream().map(e -> new NewLogRow(e.id().toString(), e.type(),
                e.source().name().toLowerCase(Locale.ROOT), e.year(), payload(e.type(), e.event()), e.receivedAt()))
                .toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            mapper.insertEvents(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        if (!rows.isEmpty()) {
            mapper.countAppendedMany(rows.size());
        }
    }

    private static String payload(String type, Object event) {
        var payload = StatisticsEventJson.write(event);
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("An event of %d characters does not fit the log: %s".formatted(
                    payload.length(), type));
        }
        return payload;
    }

    @Override
    public List<LoggedEvent> after(long seq, int limit) {
        return mapper.selectEventsAfter(seq, limit).stream().map(row -> {
            var event = StatisticsEventJson.read(row.eventType(), row.payload());
            if (event == null) {
                LOG.warn("Event {} ({}) of the statistics' log can no longer be read; skipped", row.seq(),
                        row.eventType());
            }
            return new LoggedEvent(row.seq(), UUID.fromString(row.eventId()), row.eventType(), event,
                    row.receivedAt());
        }).toList();
    }

    @Override
    public boolean knows(Source source, int year) {
        return mapper.countKnown(source.name().toLowerCase(Locale.ROOT), year) > 0;
    }

    @Override
    public long count() {
        return mapper.countEvents();
    }

    @Override
    public Optional<Instant> lastReceived() {
        return Optional.ofNullable(mapper.selectLastReceived());
    }

    @Override
    public void recordRebuild(Instant at, long replayed, long skipped) {
        mapper.updateRebuild(at, replayed, skipped);
    }

    @Override
    public Optional<Rebuild> lastRebuild() {
        return Optional.ofNullable(mapper.selectRebuild())
                .map(row -> new Rebuild(row.rebuiltAt(), row.replayed(), row.skipped()));
    }

    @Override
    public int readModelVersion() {
        return mapper.selectModelVersion();
    }

    @Override
    public void recordReadModelVersion(int version) {
        mapper.updateModelVersion(version);
    }
}
