package org.counterpart.enrolment;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a subsidy grant. */
public record SubsidyId(UUID value) implements Identifier {

    public SubsidyId {
        Objects.requireNonNull(value, "a subsidy grant id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static SubsidyId next() {
        return new SubsidyId(TimeOrderedIds.next());
    }

    /** Reads an id from a path or form; text that is no id names nothing, so it is "not found". */
    public static SubsidyId parse(String text) {
        try {
            return new SubsidyId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw EnrolmentRejected.notFound("enrolment.subsidy.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
