package org.counterpart.accounts.adapter.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.counterpart.directory.UserContext;
import org.springframework.security.core.userdetails.UserCache;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The accounts that signed in over the last few seconds, so that an API script sending HTTP Basic with every request
 * does not have its account read from the database every time. Spring Security's provider uses it as it documents:
 * a password that does not match the remembered account is checked again against the account as stored, so a changed
 * password works at once.
 * <ul>
 * <li>Kept for {@code remember} (seconds): a disabled account, or a changed role or password, is seen within that
 * time by HTTP Basic — a signed-in browser session keeps its account until it signs out in any case.</li>
 * <li>A copy is kept, not the principal handed out: Spring Security erases the password hash from the principal
 * once the sign-in is checked.</li>
 * <li>At most {@code capacity} accounts; past that, all are forgotten.</li>
 * </ul>
 */
final class RecentlySignedInUsers implements UserCache {

    private record Remembered(UserContext context, String passwordHash, Instant until) {
    }

    private final Duration remember;
    private final int capacity;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> users = new ConcurrentHashMap<>();

    RecentlySignedInUsers(Duration remember, int capacity, Clock clock) {
        this.remember = remember;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public UserDetails getUserFromCache(String username) {
        var remembered = users.get(username);
        if (remembered == null) {
            return null;
        }
        if (!clock.instant().isBefore(remembered.until())) {
            users.remove(username, remembered);
            return null;
        }
        return new SignedInUser(remembered.context(), remembered.passwordHash(), false, false);
    }

    @Override
    public void putUserInCache(UserDetails user) {
        if (!(user instanceof SignedInUser signedIn) || signedIn.getPassword() == null || remember.isZero()) {
            return;
        }
        if (users.size() >= capacity) {
            users.clear();
        }
        users.put(signedIn.getUsername(),
                new Remembered(signedIn.context(), signedIn.getPassword(), clock.instant().plus(remember)));
    }

    @Override
    public void removeUserFromCache(String username) {
        users.remove(username);
    }
}
