package org.counterpart.planning;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies a task across plans and years (a task's number is only unique within its plan). */
public record TaskId(UUID value) implements Identifier {

    public TaskId {
        Objects.requireNonNull(value, "a task id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static TaskId next() {
        return new TaskId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
