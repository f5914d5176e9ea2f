package org.counterpart.training;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a training programme. */
public record ProgrammeId(UUID value) implements Identifier {

    public ProgrammeId {
        Objects.requireNonNull(value, "a programme id is required");
    }

    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID());
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
