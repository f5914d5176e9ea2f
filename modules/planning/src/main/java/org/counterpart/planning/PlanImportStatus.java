package org.counterpart.planning;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.counterpart.planning.PlanImportRejected.Problem;

/**
 * Where an import of a plan file stands, as anyone who may manage plans can look it up on any instance: how far it
 * has come and, once it has ended, what it did or why it did nothing.
 *
 * @param rows the task rows the file holds, once read (0 before)
 * @param written the tasks added or updated so far, in the import's transaction: none of them is visible to others
 *        until the import is {@link State#DONE}
 * @param added the tasks the import added, once {@link State#DONE}
 * @param problems why the import was {@link State#REFUSED}, one per line of the file (0 for the file as a whole)
 */
public record PlanImportStatus(UUID id, int year, State state, String requestedBy, int rows, int written, int added,
        int updated, int unchanged, List<Problem> problems, Instant startedAt, Instant finishedAt) {

    /** An import's course: it waits, runs, and ends in one of the last four — all of the file, or none of it. */
    public enum State {
        /** Waiting for a free import thread. */
        QUEUED,
        /** Reading, checking or writing; nothing of it is visible yet. */
        RUNNING,
        /** Every row imported. */
        DONE,
        /** A wrong row or an unreadable file: nothing imported, {@link #problems()} says why. */
        REFUSED,
        /** An unexpected error (the database gone, say): nothing imported; the file may be imported again. */
        FAILED,
        /**
         * The instance running it stopped (or lost its database) before it ended: its transaction was rolled back,
         * nothing imported; the file may be imported again.
         */
        INTERRUPTED;

        public boolean ended() {
            return this != QUEUED && this != RUNNING;
        }
    }

    public PlanImportStatus {
        problems = List.copyOf(problems);
    }

    /**
     * The planning message that tells where it stands, with the arguments rows, written, added, updated, unchanged and
     * the number of problems, in that order.
     */
    public String messageKey() {
        if (state == State.RUNNING && rows == 0) {
            return "planning.import.state.reading";
        }
        return "planning.import.state." + state.name().toLowerCase(Locale.ROOT);
    }
}
