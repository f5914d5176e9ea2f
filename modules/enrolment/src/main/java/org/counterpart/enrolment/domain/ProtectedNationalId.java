package org.counterpart.enrolment.domain;

import java.util.Objects;

/**
 * A national ID number as it is kept: sealed (encrypted, so a dump of the database alone does not reveal it), a
 * lookup key (a keyed hash, so the same person is found twice without decrypting anyone) and the masked form shown
 * everywhere.
 */
public record ProtectedNationalId(String sealed, String lookup, String masked) {

    public ProtectedNationalId {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(masked, "masked");
    }
}
