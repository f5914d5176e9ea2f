package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of the statistics' event log ({@code reporting_event_log}) and its write lock ({@code reporting_stat_replay},
 * which also says of which version the read models are); the statements are in {@code StatisticsMapper.xml}. Rows
 * list their columns in the order the statements select them.
 */
@Mapper
interface StatisticsMapper {

    record LogRow(long seq, String eventId, String eventType, String payload, Instant receivedAt) {
    }

    record RebuildRow(Instant rebuiltAt, long replayed, long skipped) {
    }

    /** Takes the row lock of {@code reporting_stat_replay} until the transaction ends. */
    Integer lockForWriting();

    int countEvent(@Param("eventId") String eventId);

    void insertEvent(@Param("eventId") String eventId, @Param("eventType") String eventType,
            @Param("source") String source, @Param("factYear") Integer factYear, @Param("payload") String payload,
            @Param("receivedAt") Instant receivedAt);

    Long selectSeq(@Param("eventId") String eventId);

    List<String> selectEventIdsIn(@Param("eventIds") Collection<String> eventIds);

    void insertEvents(@Param("rows") List<NewLogRow> rows);

    void countAppendedMany(@Param("count") int count);

    record NewLogRow(String eventId, String eventType, String source, Integer factYear, String payload,
            Instant receivedAt) {
    }

    List<LogRow> selectEventsAfter(@Param("seq") long seq, @Param("limit") int limit);

    int countKnown(@Param("source") String source, @Param("factYear") int factYear);

    /** The events logged, as counted when each was appended (counting the log's rows would read them all). */
    long countEvents();

    void countAppended();

    Instant selectLastReceived();

    void updateRebuild(@Param("rebuiltAt") Instant rebuiltAt, @Param("replayed") long replayed,
            @Param("skipped") long skipped);

    RebuildRow selectRebuild();

    // --- of which version the read models are ----------------------------------------------------------------------

    int selectModelVersion();

    void updateModelVersion(@Param("version") int version);
}
