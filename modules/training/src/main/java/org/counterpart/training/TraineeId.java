package org.counterpart.training;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a trainee on a cohort's roster. */
public record TraineeId(UUID value) implements Identifier {

    public TraineeId {
        Objects.requireNonNull(value, "a trainee id is required");
    }

    public static TraineeId random() {
        return new TraineeId(UUID.randomUUID());
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
