package org.counterpart.directory;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is acting: the user, their role, and the office or unit they act for (an {@link Role#OFFICE} user is bound to
 * one office, a {@link Role#UNIT} user to one unit; the others to neither).
 */
public record UserContext(String username, String displayName, Role role, OfficeCode office, UnitCode unit)
        implements Serializable {

    public UserContext {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.OFFICE && office == null) {
            throw new IllegalArgumentException("an OFFICE user must be bound to an office");
        }
        if (role == Role.UNIT && unit == null) {
            throw new IllegalArgumentException("a UNIT user must be bound to a unit");
        }
        if (role != Role.OFFICE && office != null || role != Role.UNIT && unit != null) {
            throw new IllegalArgumentException("only OFFICE users have an office and only UNIT users a unit");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean actsFor(OfficeCode candidate) {
        return office != null && office.equals(candidate);
    }

    public boolean actsFor(UnitCode candidate) {
        return unit != null && unit.equals(candidate);
    }
}
