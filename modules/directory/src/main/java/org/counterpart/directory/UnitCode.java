package org.counterpart.directory;

import java.io.Serializable;
import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an undertaking unit ({@code shipei} is 市师资培训中心). */
public record UnitCode(String value) implements Identifier, Serializable {

    public UnitCode {
        Objects.requireNonNull(value, "a code is required");
    }

    @Override
    public String toString() {
        return value;
    }
}
