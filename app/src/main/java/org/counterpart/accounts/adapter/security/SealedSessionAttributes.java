package org.counterpart.accounts.adapter.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How the attributes of a web session are written to {@code ACCOUNTS_SESSION_ATTRIBUTES}: Java-serialized, then sealed
 * with AES-256-GCM (a fresh 12-byte nonce each time) under a key derived from {@code counterpart.accounts.session-key}
 * (32 random bytes, base64, the same on every instance). A session holds what a user typed or is about to import — a
 * student list with national ID numbers waiting for confirmation, an ID number just revealed — which the database
 * must not keep readable, as it keeps no ID number readable.
 * <p>
 * What cannot be opened or read back (another key, a class changed by a new release) counts as absent: the user signs
 * in again rather than meeting an error. The embedded default makes up a key at start-up when none is configured (its
 * sessions live as long as the process); the {@code mysql} profile requires one.
 */
final class SealedSessionAttributes {

    static final byte VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(SealedSessionAttributes.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;
    private final SecureRandom random = new SecureRandom();

    SealedSessionAttributes(String configuredKey, boolean required, ClassLoader classLoader) {
        this.key = new SecretKeySpec(derive(master(configuredKey, required), "counterpart session attributes"), "AES");
        this.deserializer = new DeserializingConverter(classLoader);
    }

    /** The conversion service Spring Session's JDBC repository writes and reads attributes with. */
    GenericConversionService conversionService() {
        var service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, this::seal);
        service.addConverter(byte[].class, Object.class, this::open);
        return service;
    }

    byte[] seal(Object attribute) {
        var plain = serializer.convert(attribute);
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a session attribute", e);
        }
    }

    /** The attribute, or null when it cannot be opened or read. */
    Object open(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            LOG.debug("A session attribute not sealed by this application is ignored");
            return null;
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            var plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return deserializer.convert(plain);
        } catch (GeneralSecurityException e) {
            LOG.info("A session attribute sealed with another key is ignored (was counterpart.accounts.session-key "
                    + "changed, or differs between instances?)");
            return null;
        } catch (RuntimeException e) {
            LOG.info("A session attribute this release cannot read is ignored: {}", e.getMessage());
            return null;
        }
    }

    private static byte[] master(String key, boolean required) {
        if (key == null || key.isBlank()) {
            if (required) {
                throw new IllegalStateException("No key for web sessions. Set COUNTERPART_SESSION_KEY "
                        + "(counterpart.accounts.session-key) to 32 random bytes in base64, e.g. the output of "
                        + "`openssl rand -base64 32`, the same on every instance of the application.");
            }
            LOG.warn("No session key configured: using a key made up for this run, which no other instance shares. "
                    + "Configure counterpart.accounts.session-key where several instances serve the same users.");
            var made = new byte[32];
            new SecureRandom().nextBytes(made);
            return made;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("counterpart.accounts.session-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("counterpart.accounts.session-key must be 32 bytes (base64 of 32 random "
                    + "bytes), not " + bytes.length);
        }
        return bytes;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
