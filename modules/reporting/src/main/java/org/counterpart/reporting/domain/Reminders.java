package org.counterpart.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.Reporter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What the daily reminder run remembers: the days it ran and the reminders it made. */
@SecondaryPort
public interface Reminders {

    /**
     * Claims the day's run for this instance; holds until the transaction ends, so another instance trying the same
     * day waits and then learns it was taken.
     *
     * @return false when the day was already claimed
     */
    boolean claim(LocalDate day, Instant at);

    /** The keys ({@link Reminder#key()}) of the reminders already made for these duties. */
    Set<String> keysOf(Collection<DutyId> duties);

    void add(Reminder reminder);

    void markEmailed(UUID reminder, String to, Instant at);

    /** The reminders whose period no submitted or accepted report answers yet: of one reporter, or all (null). */
    List<Reminder> open(Reporter reporter);
}
