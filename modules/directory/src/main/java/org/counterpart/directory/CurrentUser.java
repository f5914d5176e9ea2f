package org.counterpart.directory;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * 当前用户 — who is acting in this request, for every module to scope its data by office or unit. Implemented by the
 * application's security; empty outside a signed-in request (background work, start-up).
 */
@SecondaryPort
public interface CurrentUser {

    Optional<UserContext> get();

    /** The signed-in user; fails where there is none, which only a programming error can cause. */
    default UserContext require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user in this context"));
    }
}
