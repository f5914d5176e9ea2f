package org.counterpart.reporting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records events in the statistics a group at a time: every event takes the statistics' one write lock and a commit,
 * so events recorded one transaction each wait on the lock in turn and pay a commit (a flush of the database's log to
 * disk) each — after a 10,000-task import, 10,000 of them. Here the events that arrive while a group is being written
 * wait for the next group, which one of their threads writes for all of them in one transaction.
 *
 * <p>Each caller returns only once its event is committed (or has failed), so the event publication registry marks
 * it complete only then. If a group fails, each of its events is tried again alone, so that one event that cannot
 * be recorded fails alone and the others are kept.
 */
@Component
class StatisticsGroupCommit {

    /** Events written in one transaction at most: the transaction stays short, and its locks with it. */
    static final int GROUP = 500;

    /** How long a waiting caller sleeps before it looks whether it must write the next group itself. */
    private static final long LOOK_AGAIN_MILLIS = 10;

    private record Waiting(Object event, CompletableFuture<Boolean> applied) {
    }

    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final StatisticsRecorder recorder;
    private final TransactionTemplate transaction;

    StatisticsGroupCommit(StatisticsRecorder recorder, PlatformTransactionManager transactions) {
        this.recorder = recorder;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records the event with whatever else is waiting, in a transaction of its own, and returns once it is committed.
     *
     * @return whether the event was new to the log and applied
     */
    boolean record(Object event) {
        var waiting = new Waiting(event, new CompletableFuture<>());
        queue.add(waiting);
        while (true) {
            if (writing.tryLock()) {
                try {
                    // until its own event is written; then a caller still waiting writes what came meanwhile
                    while (!waiting.applied().isDone()) {
                        writeGroup();
                    }
                } finally {
                    writing.unlock();
                }
            }
            try {
                return waiting.applied().get(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // the writer took its group before this event came: write the next one, unless another does
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the statistics recorded an event", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
    }

    private void writeGroup() {
        var group = new ArrayList<Waiting>(Math.min(GROUP, 64));
        for (Waiting next; group.size() < GROUP && (next = queue.poll()) != null;) {
            group.add(next);
        }
        if (group.isEmpty()) {
            return;
        }
        List<Boolean> applied;
        try {
            applied = transaction.execute(status -> recorder.applyAll(group.stream().map(Waiting::event).toList()));
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).applied().completeExceptionally(groupFailed);
                return;
            }
            for (var alone : group) {
                try {
                    alone.applied().complete(transaction.execute(status -> recorder.apply(alone.event())));
                } catch (RuntimeException failed) {
                    alone.applied().completeExceptionally(failed);
                }
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).applied().complete(applied.get(i));
        }
    }
}
