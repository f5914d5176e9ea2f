package org.counterpart.training;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a trainee on a cohort's roster. */
public record TraineeId(UUID value) implements Identifier {

    public TraineeId {
        Objects.requireNonNull(value, "a trainee id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static TraineeId next() {
        return new TraineeId(TimeOrderedIds.next());
    }

    public static TraineeId parse(String text) {
        try {
            return new TraineeId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TrainingRejected.notFound("training.trainee.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
