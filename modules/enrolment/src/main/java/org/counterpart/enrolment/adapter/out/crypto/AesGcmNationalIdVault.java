package org.counterpart.enrolment.adapter.out.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.counterpart.enrolment.domain.NationalId;
import org.counterpart.enrolment.domain.NationalIdVault;
import org.counterpart.enrolment.domain.ProtectedNationalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals national ID numbers with AES-256-GCM (a fresh 12-byte nonce each time, so equal numbers never look alike)
 * and keys their lookups with HMAC-SHA256; both keys are derived from {@code counterpart.enrolment.national-id-key}
 * (32 random bytes, base64), which lives outside the database. The embedded default, whose database lives only as
 * long as the process, makes up a key at start-up when none is configured; the {@code mysql} profile requires one.
 */
@Component
class AesGcmNationalIdVault implements NationalIdVault {

    static final String VERSION = "v1:";

    private static final Logger LOG = LoggerFactory.getLogger(AesGcmNationalIdVault.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec sealingKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    AesGcmNationalIdVault(@Value("${counterpart.enrolment.national-id-key:}") String key,
            @Value("${counterpart.enrolment.national-id-key-required:false}") boolean required) {
        var master = master(key, required);
        this.sealingKey = new SecretKeySpec(derive(master, "counterpart national id sealing"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "counterpart national id lookup"), "HmacSHA256");
    }

    private static byte[] master(String key, boolean required) {
        if (key == null || key.isBlank()) {
            if (required) {
                throw new IllegalStateException("No key for national ID numbers. Set COUNTERPART_NATIONAL_ID_KEY "
                        + "(counterpart.enrolment.national-id-key) to 32 random bytes in base64, e.g. the output of "
                        + "`openssl rand -base64 32`, and keep it outside the database and its backups.");
            }
            LOG.warn("No national ID key configured: using a key made up for this run. Numbers sealed now cannot be "
                    + "opened after a restart; configure counterpart.enrolment.national-id-key for a lasting database.");
            var made = new byte[32];
            new SecureRandom().nextBytes(made);
            return made;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("counterpart.enrolment.national-id-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("counterpart.enrolment.national-id-key must be 32 bytes (base64 of 32 "
                    + "random bytes), not " + bytes.length);
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

    @Override
    public ProtectedNationalId protect(NationalId id) {
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(id.value().getBytes(StandardCharsets.US_ASCII));
            var out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return new ProtectedNationalId(VERSION + Base64.getEncoder().encodeToString(out), lookup(id), id.masked());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a national ID number", e);
        }
    }

    @Override
    public String lookup(NationalId id) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(id.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public NationalId reveal(ProtectedNationalId id) {
        if (!id.sealed().startsWith(VERSION)) {
            throw new IllegalStateException("unknown sealing version");
        }
        try {
            var bytes = Base64.getDecoder().decode(id.sealed().substring(VERSION.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            var plain = new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
            return NationalId.parse(plain, java.time.LocalDate.now().plusDays(1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a sealed national ID number: is this the key it was sealed "
                    + "with?", e);
        }
    }
}
