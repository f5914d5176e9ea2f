package org.counterpart.directory.domain;

import java.time.Instant;
import java.util.Objects;

/** Who registered a unit — display name and user name — and when: kept with the unit for the audit trail. */
public record Registrar(String name, String username, Instant at) {

    public Registrar {
        Objects.requireNonNull(name);
        Objects.requireNonNull(username);
        Objects.requireNonNull(at);
    }
}
