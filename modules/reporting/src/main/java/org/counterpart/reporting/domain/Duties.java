package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.Reporter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where reporting duties are kept. */
@SecondaryPort
public interface Duties {

    Optional<Duty> byId(DutyId id);

    /**
     * Duties of the years from–to (either end may be null), of these units and offices (empty: all) and this kind
     * (null: all), by reporter and then as set.
     */
    List<Duty> find(Integer fromYear, Integer toYear, Collection<Reporter> reporters, ReportKind kind);

    boolean anyOfYear(int year);

    void add(Duty duty);

    /** Saves the duty if nobody changed it meanwhile (else CONFLICT). */
    void update(Duty duty);

    /** Removes the duty and its reminders if nobody changed it meanwhile (else CONFLICT). */
    void delete(Duty duty);

    /** Adds lines to a duty's history (kept when the duty is deleted). */
    void recordChanges(DutyId duty, List<DutyChange> changes, String by, Instant at);

    /** A duty's history, oldest first; also of a duty deleted since. */
    List<RecordedChange> changesOf(DutyId duty);

    record RecordedChange(Instant at, String by, String field, String before, String after) {
    }
}
