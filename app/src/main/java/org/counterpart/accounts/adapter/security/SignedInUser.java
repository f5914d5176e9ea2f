package org.counterpart.accounts.adapter.security;

import java.util.Collection;
import java.util.List;

import org.counterpart.directory.UserContext;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in request: the account's context, and its one role as a Spring authority. The
 * password hash is only needed to check the sign-in; Spring Security erases it afterwards, so the session never
 * holds it. Whether signing in is paused, and whether there are wrong passwords to forget, matter only while the
 * sign-in is checked, so they are not kept in the session. Serialized into the session, which the database keeps for
 * every instance (Spring Session JDBC): a fixed serial version lets sessions written by the previous release be read
 * by the next.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UserContext context;
    private String passwordHash;
    private final transient boolean paused;
    private final transient boolean recentFailures;

    SignedInUser(UserContext context, String passwordHash, boolean paused, boolean recentFailures) {
        this.context = context;
        this.passwordHash = passwordHash;
        this.paused = paused;
        this.recentFailures = recentFailures;
    }

    UserContext context() {
        return context;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + context.role().name()));
    }

    /** Whether wrong passwords were typed for the account lately, to be forgotten now the right one was. */
    boolean recentFailures() {
        return recentFailures;
    }

    /** Paused after too many wrong passwords: Spring Security refuses the sign-in before it checks the password. */
    @Override
    public boolean isAccountNonLocked() {
        return !paused;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return context.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
