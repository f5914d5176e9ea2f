package org.counterpart.accounts.adapter.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder in front of BCrypt that remembers, for a few minutes, which password matched which stored
 * hash. A script calling the API with HTTP Basic sends the password with every request, and one BCrypt check costs
 * about 80 ms of a core here — more than everything else the request does. A check that succeeded is therefore
 * remembered, and the same password against the same hash within {@code remember} is accepted without BCrypt.
 * <ul>
 * <li>Only what this instance itself verified is remembered, and only successes: a wrong password always costs the
 * full BCrypt check, so guessing is as slow as before.</li>
 * <li>What is kept is an HMAC-SHA256 of password and hash under a key drawn at start and never stored: neither the
 * password nor anything that lets one test a guess offline is held.</li>
 * <li>The stored hash is part of the key, so a changed password (a new hash) is not matched by the old entry; a
 * disabled account is refused before any password check, since it is not found (once the few seconds for which
 * {@link RecentlySignedInUsers} remembers an account have passed).</li>
 * <li>At most {@code capacity} entries; past that, expired ones go first, and if none has expired all are
 * forgotten (the next checks pay BCrypt again).</li>
 * </ul>
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Duration remember;
    private final int capacity;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Instant> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder encoder, Duration remember, int capacity, Clock clock) {
        this.encoder = encoder;
        this.remember = remember;
        this.capacity = capacity;
        this.clock = clock;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        var entry = fingerprint(rawPassword, encodedPassword);
        var now = clock.instant();
        var until = verified.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!encoder.matches(rawPassword, encodedPassword)) {
            verified.remove(entry);
            return false;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(expiry -> !now.isBefore(expiry));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(entry, now.plus(remember));
        return true;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** How many successful checks are remembered now (for tests). */
    int remembered() {
        return verified.size();
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
