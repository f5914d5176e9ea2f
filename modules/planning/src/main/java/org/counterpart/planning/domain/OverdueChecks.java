package org.counterpart.planning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.counterpart.planning.TaskId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What the daily overdue check remembers: the days it ran and the milestones it flagged. */
@SecondaryPort
public interface OverdueChecks {

    /**
     * Claims the day's run for this instance; holds until the transaction ends, so another instance trying the same
     * day waits and then learns it was taken.
     *
     * @return false when the day was already claimed
     */
    boolean claim(LocalDate day, Instant at);

    Set<UUID> flagged(Set<UUID> milestones);

    void flag(UUID milestone, TaskId task, LocalDate on);
}
