package org.counterpart.directory;

import java.util.Objects;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a school the programmes work with. */
public record SchoolCode(String value) implements Identifier {

    public SchoolCode {
        Objects.requireNonNull(value, "a code is required");
    }

    @Override
    public String toString() {
        return value;
    }
}
