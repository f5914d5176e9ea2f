package org.counterpart.reporting;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What administrators started by hand — rebuilding the statistics, resubmitting publications — for ADMIN to read. */
@PrimaryPort
public interface AdministrationHistory {

    /** The latest, newest first (ADMIN only). */
    List<Action> latest();

    /**
     * @param action  {@code statistics-rebuild} or {@code publications-resubmit}
     * @param outcome what came of it, in figures: {@code replayed=…, skipped=…} or {@code resubmitted=…}
     */
    record Action(Instant at, String action, String by, String username, String outcome) {
    }
}
