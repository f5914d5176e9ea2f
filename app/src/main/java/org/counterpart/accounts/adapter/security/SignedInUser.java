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
 * holds it. Serialized into the session, which the database keeps for every instance (Spring Session JDBC): a fixed
 * serial version lets sessions written by the previous release be read by the next.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UserContext context;
    private String passwordHash;

    SignedInUser(UserContext context, String passwordHash) {
        this.context = context;
        this.passwordHash = passwordHash;
    }

    UserContext context() {
        return context;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + context.role().name()));
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
