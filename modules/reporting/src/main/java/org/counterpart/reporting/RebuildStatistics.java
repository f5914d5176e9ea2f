package org.counterpart.reporting;

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
}
