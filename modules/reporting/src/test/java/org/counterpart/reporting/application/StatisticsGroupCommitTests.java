package org.counterpart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class StatisticsGroupCommitTests {

    /** Counts commits and rollbacks; what was applied in a transaction rolled back is forgotten. */
    static class CountingTransactions extends AbstractPlatformTransactionManager {

        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();
        final Set<Object> committed = ConcurrentHashMap.newKeySet();
        final ThreadLocal<List<Object>> current = ThreadLocal.withInitial(ArrayList::new);

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            current.get().clear();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed.addAll(current.get());
            commits.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            current.get().clear();
            rollbacks.incrementAndGet();
        }
    }

    /** Applies every event but "bad" (which fails its whole group), slowly enough that events arrive meanwhile. */
    static class SlowRecorder extends StatisticsRecorder {

        final CountingTransactions transactions;

        SlowRecorder(CountingTransactions transactions) {
            super(null, null, Optional.empty());
            this.transactions = transactions;
        }

        @Override
        List<Boolean> applyAll(List<?> events) {
            var applied = new ArrayList<Boolean>();
            for (var event : events) {
                if ("bad".equals(event)) {
                    throw new IllegalStateException("cannot record " + event);
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                transactions.current.get().add(event);
                applied.add(true);
            }
            return applied;
        }
    }

    final CountingTransactions transactions = new CountingTransactions();
    final StatisticsGroupCommit groupCommit = new StatisticsGroupCommit(new SlowRecorder(transactions), transactions);

    @Test
    void oneEventAloneIsCommittedAtOnceInATransactionOfItsOwn() {
        assertThat(groupCommit.record("a")).isTrue();

        assertThat(transactions.committed).containsExactly("a");
        assertThat(transactions.commits).hasValue(1);
    }

    @Test
    void eventsArrivingTogetherShareCommitsAndEachCallerReturnsOnlyOnceItsEventIsCommitted() throws Exception {
        int callers = 16;
        int each = 25;
        var pool = Executors.newFixedThreadPool(callers);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    var event = caller + "-" + i;
                    assertThat(groupCommit.record(event)).isTrue();
                    assertThat(transactions.committed).as("committed when its caller returns").contains(event);
                }
                return null;
            }));
        }
        start.countDown();
        for (var future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(transactions.committed).hasSize(callers * each);
        assertThat(transactions.commits.get()).as("commits for %d events", callers * each)
                .isLessThan(callers * each / 4);
    }

    @Test
    void anEventThatCannotBeRecordedFailsAloneAndTheRestOfItsGroupIsKept() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Boolean>>();
        for (int c = 0; c < 8; c++) {
            var event = c == 3 ? "bad" : "good-" + c;
            futures.add(pool.submit(() -> {
                start.await();
                return groupCommit.record(event);
            }));
        }
        start.countDown();
        for (int c = 0; c < 8; c++) {
            if (c == 3) {
                var bad = futures.get(c);
                assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(
                        IllegalStateException.class).hasRootCauseMessage("cannot record bad");
            } else {
                assertThat(futures.get(c).get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        pool.shutdown();

        assertThat(transactions.committed).containsExactlyInAnyOrder("good-0", "good-1", "good-2", "good-4",
                "good-5", "good-6", "good-7");
        assertThat(transactions.rollbacks.get()).isPositive();
    }
}
