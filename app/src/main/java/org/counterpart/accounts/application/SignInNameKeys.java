package org.counterpart.accounts.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.counterpart.accounts.domain.UserAccount.Username;

/**
 * The key a name that is no account is counted under: HMAC-SHA-256 of the name under the session key
 * ({@code counterpart.accounts.session-key}, which every instance shares), so that what someone typed as a user
 * name — a password typed in the wrong field, say — is not stored, nor can it be found from the key without the
 * session key. Without one (the embedded default, a single instance), SHA-256 of the name.
 */
final class SignInNameKeys {

    private static final String PURPOSE = "counterpart sign-in name without account\n";

    private final byte[] key;

    SignInNameKeys(String sessionKey) {
        this.key = sessionKey == null || sessionKey.isBlank() ? null : Base64.getDecoder().decode(sessionKey.strip());
    }

    String of(Username name) {
        var text = (PURPOSE + name.value()).getBytes(StandardCharsets.UTF_8);
        try {
            if (key == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
            }
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
