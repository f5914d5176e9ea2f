package org.counterpart.planning;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Imports of plan files as jobs: asked for at once, run in the background — all of the file in one transaction, or
 * none of it — and followed by their {@link PlanImportStatus}, which every instance can read. Who may import is who
 * may manage plans ({@link ManagePlans#importRows}, which this runs).
 */
@PrimaryPort
public interface RunPlanImports {

    /**
     * Starts importing the rows into the year's plan and waits for it to end for at most {@code patience}.
     *
     * <p>An import started inside a transaction runs in it, in the caller's thread (it is part of a larger unit of
     * work, which may hold what the import needs and which commits or rolls back the import with it); started outside
     * one, it runs on an import thread of its own.
     *
     * @return the import, ended if it ended within {@code patience}, and what it did line by line if it ended
     *         {@link PlanImportStatus.State#DONE} then
     * @throws PlanningRejected when the user may not manage plans (nothing is started), or too many imports wait
     */
    Started start(int year, PlanRowsSource rows, Duration patience);

    /**
     * The import, if there is one of that id into that year's plan.
     *
     * @throws PlanningRejected when the user may not manage plans
     */
    Optional<PlanImportStatus> status(int year, UUID id);

    /** An import just started: where it stands and, if it is already done, what it did. */
    record Started(PlanImportStatus status, Optional<ImportPreview> outcome) {
    }
}
