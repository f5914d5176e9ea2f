package org.counterpart.reporting.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.counterpart.reporting.domain.PublicationClaims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Claims a publication in Spring Modulith's JDBC event publication registry ({@code EVENT_PUBLICATION}, no module's)
 * with one conditional update, which only one of several instances can win: the row must still be incomplete, not
 * marked resubmitted, and not resubmitted since the given instant — its {@code LAST_RESUBMISSION_DATE} is moved to
 * now, so whoever comes second finds it taken.
 * <p>
 * Spring Modulith 2.0.3's own claim ({@code markResubmitted}) asks only that the status is not {@code RESUBMITTED}. An
 * instance working through a list of incomplete publications read a moment before therefore takes publications that
 * another instance resubmitted and is sending ({@code PROCESSING}) or has sent ({@code COMPLETED}), and sends them
 * again: with two instances resubmitting 80 events at once, 76 reached RabbitMQ twice. This claim runs first (in the
 * filter the registry asks right before its own), so Spring Modulith's claim only follows ours.
 * <p>
 * The other way round, Spring Modulith's claim never takes a publication marked {@code RESUBMITTED} again: one whose
 * instance was killed after marking it and before its listener ran stayed undelivered for good (a {@code kill -9}
 * test in CI lost events that way). A resubmission begun before the given "abandoned" instant is taken back here, and
 * its status set to {@code FAILED} — what it would have become had its instance lived — so the registry's claim
 * follows.
 */
@Repository
class RegistryPublicationClaims implements PublicationClaims {

    private final JdbcTemplate jdbc;

    RegistryPublicationClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(UUID publication, Instant now, Instant notClaimedSince, Instant abandonedBefore) {
        return jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = CASE WHEN STATUS = 'RESUBMITTED' THEN 'FAILED' "
                + "ELSE STATUS END, LAST_RESUBMISSION_DATE = ? WHERE ID = ? AND COMPLETION_DATE IS NULL "
                + "AND (LAST_RESUBMISSION_DATE IS NULL OR LAST_RESUBMISSION_DATE < ?) "
                + "AND (STATUS IS NULL OR STATUS <> 'RESUBMITTED' OR LAST_RESUBMISSION_DATE < ?)",
                Timestamp.from(now), publication.toString(), Timestamp.from(notClaimedSince),
                Timestamp.from(abandonedBefore)) == 1;
    }

    @Override
    public boolean anyFailedOrPublishedBefore(Instant staleBefore) {
        return !jdbc.queryForList("SELECT 1 FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND (STATUS = 'FAILED' OR PUBLICATION_DATE < ?) LIMIT 1", Integer.class,
                Timestamp.from(staleBefore)).isEmpty();
    }
}
