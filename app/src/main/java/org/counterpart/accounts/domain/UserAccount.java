package org.counterpart.accounts.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * 账户 — a person who signs in: a user name, a display name, a role and — for OFFICE and UNIT users — the office
 * or unit they act for. The password is kept only as a hash; the wrong passwords typed lately are kept with it
 * ({@link SignInFailures}), and too many of them pause signing in ({@link SignInThrottle}).
 */
public final class UserAccount implements AggregateRoot<UserAccount, UserAccount.Username> {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

    /** The user name, lower case: what people type to sign in. */
    public record Username(String value) implements Identifier {

        public Username {
            Objects.requireNonNull(value, "username");
            value = value.strip().toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(value).matches()) {
                throw new IllegalArgumentException("a user name is 2 to 40 letters, digits, '.', '_' or '-', "
                        + "starting with a letter: " + value);
            }
        }
    }

    private final Username username;
    private final String displayName;
    private final Role role;
    private final OfficeCode office;
    private final UnitCode unit;
    private final String passwordHash;
    private final boolean enabled;
    private final SignInFailures signInFailures;

    /** A new account: nobody has typed a wrong password for it yet. */
    public UserAccount(Username username, String displayName, Role role, OfficeCode office, UnitCode unit,
            String passwordHash, boolean enabled) {
        this(username, displayName, role, office, unit, passwordHash, enabled, SignInFailures.NONE);
    }

    public UserAccount(Username username, String displayName, Role role, OfficeCode office, UnitCode unit,
            String passwordHash, boolean enabled, SignInFailures signInFailures) {
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName == null || displayName.isBlank() ? username.value() : displayName.strip();
        this.role = Objects.requireNonNull(role);
        this.office = office;
        this.unit = unit;
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.enabled = enabled;
        this.signInFailures = Objects.requireNonNull(signInFailures, "sign-in failures");
        context(); // the role's binding rules are UserContext's; check them now, not at sign-in
    }

    @Override
    public Username getId() {
        return username;
    }

    public UserContext context() {
        return new UserContext(username.value(), displayName, role, office, unit);
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OfficeCode office() {
        return office;
    }

    public UnitCode unit() {
        return unit;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public SignInFailures signInFailures() {
        return signInFailures;
    }
}
