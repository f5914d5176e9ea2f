package org.counterpart.training;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a cohort (班次) of a programme. */
public record CohortId(UUID value) implements Identifier {

    public CohortId {
        Objects.requireNonNull(value, "a cohort id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static CohortId next() {
        return new CohortId(TimeOrderedIds.next());
    }

    public static CohortId parse(String text) {
        try {
            return new CohortId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TrainingRejected.notFound("training.cohort.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
