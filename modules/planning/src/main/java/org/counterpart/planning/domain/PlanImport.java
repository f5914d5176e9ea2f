package org.counterpart.planning.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanImportStatus;
import org.counterpart.planning.PlanImportStatus.State;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * One import of a plan file, as a job: who asked for it, how far it has come, how it ended. The tasks it writes are
 * written in a transaction of their own, so this record is what others see of the import while it runs.
 *
 * <p>A running import proves it is alive by its heartbeat, which every step moves. One whose heartbeat is older than
 * {@link #SILENCE} has lost the instance that ran it (stopped, killed, cut off from the database): its transaction
 * was rolled back with the connection, so it reads as {@link State#INTERRUPTED}.
 */
public final class PlanImport implements AggregateRoot<PlanImport, PlanImport.Id> {

    /** Longer than any step of an import takes: the largest file's slowest step takes seconds. */
    public static final Duration SILENCE = Duration.ofMinutes(10);

    public record Id(UUID value) implements Identifier {

        public Id {
            Objects.requireNonNull(value);
        }
    }

    private final Id id;
    private final int year;
    private final String requestedBy;
    private final Instant startedAt;
    private State state;
    private int rows;
    private int written;
    private int added;
    private int updated;
    private int unchanged;
    private List<Problem> problems;
    private Instant heartbeatAt;
    private Instant finishedAt;

    public PlanImport(Id id, int year, String requestedBy, State state, int rows, int written, int added, int updated,
            int unchanged, List<Problem> problems, Instant startedAt, Instant heartbeatAt, Instant finishedAt) {
        this.id = Objects.requireNonNull(id);
        this.year = year;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.state = Objects.requireNonNull(state);
        this.rows = rows;
        this.written = written;
        this.added = added;
        this.updated = updated;
        this.unchanged = unchanged;
        this.problems = List.copyOf(problems);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.heartbeatAt = Objects.requireNonNull(heartbeatAt);
        this.finishedAt = finishedAt;
    }

    /** An import just asked for, waiting for a thread. */
    public static PlanImport queued(int year, String requestedBy, Instant now) {
        return new PlanImport(new Id(TimeOrderedIds.next()), year, requestedBy, State.QUEUED, 0, 0, 0, 0, 0, List.of(),
                now, now, null);
    }

    /** Its thread has taken it up. */
    public void run(Instant now) {
        requireUnended();
        state = State.RUNNING;
        heartbeatAt = now;
    }

    /** The file is read and its rows checked: this many tasks to write. */
    public void read(int taskRows, Instant now) {
        requireUnended();
        rows = taskRows;
        heartbeatAt = now;
    }

    /** So many tasks written so far (not yet committed). */
    public void wrote(int tasks, Instant now) {
        requireUnended();
        written = tasks;
        heartbeatAt = now;
    }

    /** Every row imported: in the transaction that wrote them, so that "done" and the tasks commit together. */
    public void done(int addedTasks, int updatedTasks, int unchangedTasks, Instant now) {
        requireUnended();
        state = State.DONE;
        added = addedTasks;
        updated = updatedTasks;
        unchanged = unchangedTasks;
        written = addedTasks + updatedTasks;
        end(now);
    }

    /** Nothing imported, for these reasons. */
    public void refused(List<Problem> reasons, Instant now) {
        requireUnended();
        state = State.REFUSED;
        problems = List.copyOf(reasons);
        written = 0;
        end(now);
    }

    /** Nothing imported, for a reason that is not the file's. */
    public void failed(Instant now) {
        requireUnended();
        state = State.FAILED;
        written = 0;
        end(now);
    }

    /** Where it stands now: a running import silent for longer than {@link #SILENCE} was interrupted. */
    public PlanImportStatus statusAt(Instant now) {
        var seen = state;
        if (!state.ended() && heartbeatAt.plus(SILENCE).isBefore(now)) {
            seen = State.INTERRUPTED;
        }
        return new PlanImportStatus(id.value(), year, seen, requestedBy, rows,
                seen == State.INTERRUPTED ? 0 : written, added, updated, unchanged, problems, startedAt, finishedAt);
    }

    private void end(Instant now) {
        heartbeatAt = now;
        finishedAt = now;
    }

    private void requireUnended() {
        if (state.ended()) {
            throw new IllegalStateException("import " + id.value() + " has ended " + state);
        }
    }

    @Override
    public Id getId() {
        return id;
    }

    public int year() {
        return year;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public State state() {
        return state;
    }

    public int rows() {
        return rows;
    }

    public int written() {
        return written;
    }

    public int added() {
        return added;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
