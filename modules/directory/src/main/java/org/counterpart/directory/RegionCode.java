package org.counterpart.directory;

import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a partner region or a place within one ({@code yunnan}, {@code kashgar}). */
public record RegionCode(String value) implements Identifier {

    public RegionCode {
        Objects.requireNonNull(value, "a region code is required");
    }

    @Override
    public String toString() {
        return value;
    }
}
