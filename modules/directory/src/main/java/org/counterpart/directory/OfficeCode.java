package org.counterpart.directory;

import java.io.Serializable;
import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one of the commission's offices ({@code jijiao} is 基教处). */
public record OfficeCode(String value) implements Identifier, Serializable {

    public OfficeCode {
        Objects.requireNonNull(value, "a code is required");
    }

    @Override
    public String toString() {
        return value;
    }
}
