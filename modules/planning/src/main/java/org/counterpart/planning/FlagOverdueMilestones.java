package org.counterpart.planning;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The daily check: announces each milestone that has passed its day unreached, once. */
@PrimaryPort
public interface FlagOverdueMilestones {

    /**
     * Runs the check for a day, unless it has already run for that day (on this or another instance).
     *
     * @return how many milestones were newly flagged, or -1 when the day's check had already run
     */
    int flag(LocalDate today);
}
