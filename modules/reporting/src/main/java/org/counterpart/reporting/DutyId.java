package org.counterpart.reporting;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a reporting duty (报送任务). */
public record DutyId(UUID value) implements Identifier {

    public DutyId {
        Objects.requireNonNull(value, "a duty id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static DutyId next() {
        return new DutyId(TimeOrderedIds.next());
    }

    /** Reads an id from a path or form; text that is no id names nothing, so it is "not found". */
    public static DutyId parse(String text) {
        try {
            return new DutyId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReportRejected.notFound("reporting.duty.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
