package org.counterpart.directory;

import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an undertaking unit ({@code shipei} is 市师资培训中心). */
public record UnitCode(String value) implements Identifier {

    public UnitCode {
        Objects.requireNonNull(value, "a code is required");
    }

    @Override
    public String toString() {
        return value;
    }
}
