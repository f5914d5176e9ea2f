package org.counterpart.enrolment;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a student. */
public record StudentId(UUID value) implements Identifier {

    public StudentId {
        Objects.requireNonNull(value, "a student id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static StudentId next() {
        return new StudentId(TimeOrderedIds.next());
    }

    /** Reads an id from a path or form; text that is no id names nothing, so it is "not found". */
    public static StudentId parse(String text) {
        try {
            return new StudentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw EnrolmentRejected.notFound("enrolment.student.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
