package org.counterpart.reporting;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Brings into the statistics what the other modules held before the statistics heard their events — a year's plan,
 * programmes and students loaded before this version ran — from their published queries, once per module and year.
 */
@PrimaryPort
public interface TakeStatisticsBaseline {

    /**
     * Takes the baseline of every module and year the statistics have heard nothing of, unless events for the
     * statistics are still waiting to be delivered (then it is left for the next start).
     *
     * @return the modules and years taken, as {@code "training 2018"}
     */
    List<String> takeBaseline();
}
