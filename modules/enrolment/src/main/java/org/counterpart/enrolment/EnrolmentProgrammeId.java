package org.counterpart.enrolment;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies an enrolment programme. */
public record EnrolmentProgrammeId(UUID value) implements Identifier {

    public EnrolmentProgrammeId {
        Objects.requireNonNull(value, "an enrolment programme id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static EnrolmentProgrammeId next() {
        return new EnrolmentProgrammeId(TimeOrderedIds.next());
    }

    /** Reads an id from a path or form; text that is no id names nothing, so it is "not found". */
    public static EnrolmentProgrammeId parse(String text) {
        try {
            return new EnrolmentProgrammeId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw EnrolmentRejected.notFound("enrolment.programme.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
