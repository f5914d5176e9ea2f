package org.counterpart.planning.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers about a year's plan kept in memory for as long as the plan's revision stays where it was when they were
 * read. The revision is read first, in the same transaction (one snapshot) as the answer, and every transaction that
 * writes the plan's tasks moves it, on whichever instance it runs: an answer kept under a revision is exactly what
 * reading again would give — but for the day, which is part of every question whose answer depends on it.
 * <p>
 * Only a read-only transaction keeps or reuses answers: one that writes sees its own revision before it commits, and
 * might not commit it.
 */
final class KeptByRevision {

    /** Answers kept at most: past that all are forgotten (a few years, filters and pages are asked for at a time). */
    static final int MOST = 512;

    private record Asked(Object question, int year, long revision) {
    }

    private final ConcurrentHashMap<Asked, Object> kept = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T answer(Object question, int year, long revision, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        var asked = new Asked(question, year, revision);
        var answer = (T) kept.get(asked);
        if (answer == null) {
            answer = read.get();
            if (kept.size() >= MOST) {
                kept.clear();
            }
            kept.put(asked, answer);
        }
        return answer;
    }
}
