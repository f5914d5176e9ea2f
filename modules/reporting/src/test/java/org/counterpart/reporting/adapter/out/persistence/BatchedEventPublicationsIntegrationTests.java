package org.counterpart.reporting.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's rows of a transaction are written together as it commits, against the real database: none while the
 * transaction works, every one of them (one per listener) right before the commit, none after a rollback; and the
 * listeners then complete each of them, as with Spring Modulith's own repository.
 */
@SpringBootTest
class BatchedEventPublicationsIntegrationTests {

    /** Plan years no other test uses; each run a prefix of its own in the task ids it publishes. */
    static final int YEAR = 2101;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublicationRepository registry;

    final String prefix = "%08x".formatted(ThreadLocalRandom.current().nextInt());

    TaskPlanned taskPlanned(int n) {
        var id = UUID.fromString(prefix + "-0000-4000-8000-%012d".formatted(n));
        return new TaskPlanned(new TaskId(id), YEAR, n, List.of(new RegionCode("kashgar")), new OfficeCode("renshi"));
    }

    int rowsOfThisRun() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?", Integer.class,
                "%" + prefix + "-0000-4000-8000-%");
    }

    @Test
    void theRegistrysRepositoryIsTheOneInFront() {
        assertThat(registry).isInstanceOf(BatchedEventPublications.class);
    }

    @Test
    void aTransactionsPublicationsAreAllWrittenAsItCommitsAndThenCompleted() {
        int count = 150;
        var whileWorking = new AtomicInteger(-1);
        var atCommit = new AtomicInteger(-1);

        transactions.executeWithoutResult(status -> {
            for (int n = 1; n <= count; n++) {
                events.publishEvent(taskPlanned(n));
            }
            whileWorking.set(rowsOfThisRun());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    atCommit.set(rowsOfThisRun());
                }
            });
        });

        assertThat(whileWorking.get()).as("nothing written while the transaction works").isZero();
        int listeners = atCommit.get() / count;
        assertThat(atCommit.get()).as("every publication, in the transaction, before it commits")
                .isEqualTo(listeners * count);
        assertThat(listeners).as("the statistics' listener (and RabbitMQ's, where a broker is set) have one per event")
                .isGreaterThanOrEqualTo(1);
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (rowsOfThisRun() > 0 && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(rowsOfThisRun()).as("every publication completed by its listener, and removed").isZero();
    }

    @Test
    void aRolledBackTransactionWritesNone() {
        transactions.executeWithoutResult(status -> {
            for (int n = 1; n <= 20; n++) {
                events.publishEvent(taskPlanned(n));
            }
            status.setRollbackOnly();
        });

        assertThat(rowsOfThisRun()).isZero();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
