package org.counterpart.reporting.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.counterpart.reporting.domain.PublicationClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claiming a publication of Spring Modulith's registry for resubmission, against the real MySQL-compatible server:
 * only a publication that is still incomplete and that nobody resubmitted lately, and only by one of two claims.
 * Not transactional: the claims of two "instances" are two connections, each committing on its own.
 */
@SpringBootTest
class RegistryPublicationClaimsIntegrationTests {

    static final Duration QUIET = Duration.ofSeconds(30);
    static final Duration STALE = Duration.ofMinutes(10);

    @Autowired
    PublicationClaims claims;

    @Autowired
    JdbcTemplate jdbc;

    /** The registry would otherwise list these to the administrator of every later test. */
    @AfterEach
    void removeThem() {
        jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE LISTENER_ID = 'reporting.claims-test'");
    }

    @Test
    void aFailedPublicationIsClaimedOnceOfTwoClaimsAtTheSameMoment() throws Exception {
        var publication = publication("FAILED", null, null);
        var now = now();

        var pool = Executors.newFixedThreadPool(2);
        try {
            var go = new CountDownLatch(1);
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return claims.claim(publication, now, now.minus(QUIET), now.minus(STALE));
                }));
            }
            go.countDown();
            assertThat(results.get(0).get() ^ results.get(1).get()).as("exactly one of the two claims wins").isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(claims.claim(publication, now.plusSeconds(5), now.plusSeconds(5).minus(QUIET),
                now.plusSeconds(5).minus(STALE)))
                .as("a moment later, it is still taken").isFalse();
    }

    @Test
    void aPublicationCompletedMeanwhileIsNotClaimed() {
        var now = now();
        var publication = publication("COMPLETED", now.minusSeconds(1), null);

        assertThat(claims.claim(publication, now, now.minus(QUIET), now.minus(STALE))).isFalse();
    }

    @Test
    void aPublicationAnotherInstanceResubmittedAndStillSendsIsNotClaimed() {
        var now = now();
        var marked = publication("RESUBMITTED", null, now.minusSeconds(2));
        var sending = publication("PROCESSING", null, now.minusSeconds(2));

        assertThat(claims.claim(marked, now, now.minus(QUIET), now.minus(STALE))).isFalse();
        assertThat(claims.claim(sending, now, now.minus(QUIET), now.minus(STALE))).isFalse();
    }

    /**
     * Spring Modulith's own claim never takes a publication marked {@code RESUBMITTED} again; an instance killed after
     * marking it and before sending it would leave it undelivered for good.
     */
    @Test
    void aPublicationMarkedForResubmissionByAnInstanceThatDiedIsTakenBackOnceItIsStale() {
        var now = now();
        var abandoned = publication("RESUBMITTED", null, now.minus(STALE).minusSeconds(1));
        var lately = publication("RESUBMITTED", null, now.minus(STALE).plusSeconds(60));

        assertThat(claims.claim(abandoned, now, now.minus(QUIET), now.minus(STALE))).isTrue();
        assertThat(claims.claim(lately, now, now.minus(QUIET), now.minus(STALE)))
                .as("marked nine minutes ago: its instance may still be sending it").isFalse();
        assertThat(jdbc.queryForObject("SELECT STATUS FROM EVENT_PUBLICATION WHERE ID = ?", String.class,
                abandoned.toString())).as("failed, as it would be had its instance lived, so the registry's claim follows")
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT LAST_RESUBMISSION_DATE FROM EVENT_PUBLICATION WHERE ID = ?",
                Timestamp.class, abandoned.toString()).toInstant()).as("marked taken now").isEqualTo(now);
        assertThat(jdbc.queryForObject("SELECT STATUS FROM EVENT_PUBLICATION WHERE ID = ?", String.class,
                lately.toString())).isEqualTo("RESUBMITTED");
        assertThat(claims.claim(abandoned, now.plusSeconds(1), now.plusSeconds(1).minus(QUIET),
                now.plusSeconds(1).minus(STALE))).as("a moment later, it is taken").isFalse();
    }

    @Test
    void aPublicationWhoseLastResubmissionFailedLongAgoIsClaimedAgain() {
        var now = now();
        var publication = publication("FAILED", null, now.minus(QUIET).minusSeconds(5));

        assertThat(claims.claim(publication, now, now.minus(QUIET), now.minus(STALE))).isTrue();
        assertThat(jdbc.queryForObject("SELECT LAST_RESUBMISSION_DATE FROM EVENT_PUBLICATION WHERE ID = ?",
                Timestamp.class, publication.toString()).toInstant()).as("marked taken now").isEqualTo(now);
    }

    @Test
    void aResubmissionPassIsNeededOnlyForAFailedOrAStalePublication() {
        var now = now();
        var longAgo = now.minus(Duration.ofDays(365));
        publication("PROCESSING", null, null);
        boolean othersFailed = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND (STATUS = 'FAILED' OR PUBLICATION_DATE < ?)", Integer.class, Timestamp.from(longAgo)) > 0;

        assertThat(claims.anyFailedOrPublishedBefore(longAgo)).as("one being sent, five minutes old, is not stale")
                .isEqualTo(othersFailed);
        assertThat(claims.anyFailedOrPublishedBefore(now.minus(Duration.ofMinutes(1))))
                .as("five minutes old is stale after one").isTrue();

        publication("FAILED", null, null);
        assertThat(claims.anyFailedOrPublishedBefore(longAgo)).as("a failed one is always worth a pass").isTrue();
    }

    /** Whole seconds: what the server keeps of a bound timestamp (it drops fractions; see CONVENTIONS.md). */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private UUID publication(String status, Instant completed, Instant lastResubmission) {
        var id = UUID.randomUUID();
        jdbc.update("INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, "
                + "COMPLETION_DATE, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id.toString(), "reporting.claims-test", String.class.getName(), "\"claims test\"",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))),
                completed == null ? null : Timestamp.from(completed), status, lastResubmission == null ? 0 : 1,
                lastResubmission == null ? null : Timestamp.from(lastResubmission));
        return id;
    }
}
