package org.counterpart.reporting;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Rebuilds the statistics from scratch by replaying their event log — the commission office's (ADMIN) work. */
@PrimaryPort
public interface RebuildStatistics {

    /**
     * Clears the statistics and applies every logged event again, in the order received, giving the figures the
     * events give. Touches nothing but the statistics' own tables.
     *
     * @throws StatisticsRejected {@code reporting.stats.rebuild-forbidden} for anyone but ADMIN
     */
    StatisticsState rebuild();

    /**
     * Rebuilds as {@link #rebuild()} does when the read models were built in an older shape than this version keeps
     * (the first start after an upgrade that changed them); the application's own maintenance, not a user's.
     *
     * @return the state after the rebuild, or empty when the read models were current
     */
    Optional<StatisticsState> rebuildIfOutdated();
}
