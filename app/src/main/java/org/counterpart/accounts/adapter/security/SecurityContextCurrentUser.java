package org.counterpart.accounts.adapter.security;

import java.util.Optional;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.UserContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Answers "who is acting" from the security context of the current request. */
@Component
class SecurityContextCurrentUser implements CurrentUser {

    @Override
    public Optional<UserContext> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.context());
        }
        return Optional.empty();
    }
}
