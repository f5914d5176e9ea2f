package org.counterpart.reporting;

import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.jmolecules.ddd.types.Identifier;

/** Identifies an information report (信息). */
public record ReportId(UUID value) implements Identifier {

    public ReportId {
        Objects.requireNonNull(value, "a report id is required");
    }

    /** A new id, in time order (see {@link TimeOrderedIds}). */
    public static ReportId next() {
        return new ReportId(TimeOrderedIds.next());
    }

    /** Reads an id from a path or form; text that is no id names nothing, so it is "not found". */
    public static ReportId parse(String text) {
        try {
            return new ReportId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReportRejected.notFound("reporting.report.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
