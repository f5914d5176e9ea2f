package org.counterpart.training;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a training programme. */
public record ProgrammeId(UUID value) implements Identifier {

    public ProgrammeId {
        Objects.requireNonNull(value, "a programme id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static ProgrammeId next() {
        return new ProgrammeId(TimeOrderedIds.next());
    }

    public static ProgrammeId parse(String text) {
        try {
            return new ProgrammeId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TrainingRejected.notFound("training.programme.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
