package org.counterpart.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery is signed: HMAC-SHA256 with the subscription's secret over
 * {@code <timestamp>.<ce-id>.<ce-type>.<body>}, sent as {@code X-Counterpart-Signature: sha256=<hex>} beside
 * {@code X-Counterpart-Timestamp: <unix seconds>}. The receiver recomputes it, compares in constant time and refuses
 * a timestamp too far from its clock, so a captured delivery cannot be replayed later or altered.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Counterpart-Signature";
    public static final String TIMESTAMP_HEADER = "X-Counterpart-Timestamp";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String id, String type, byte[] body) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + "." + id + "." + type + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether the signature header is the one for this delivery (compared in constant time). */
    public static boolean verify(String secret, long timestamp, String id, String type, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        var expected = sign(secret, timestamp, id, type, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.UTF_8));
    }
}
