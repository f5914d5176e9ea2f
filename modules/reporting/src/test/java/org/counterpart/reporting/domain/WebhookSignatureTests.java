package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** A delivery's signature is HMAC-SHA256 over timestamp, id, type and body, as docs/events/README.md tells receivers. */
class WebhookSignatureTests {

    static final String SECRET = "a-shared-secret-of-the-receiver";
    static final byte[] BODY = "{\"taskId\":\"t\",\"year\":2018}".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheHexHmacOfTimestampIdTypeAndBody() throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(
                ("1700000000.id-1.org.counterpart.planning.task-planned.v1." + new String(BODY, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.sign(SECRET, 1700000000L, "id-1", "org.counterpart.planning.task-planned.v1", BODY))
                .isEqualTo(expected);
    }

    @Test
    void verifiesOnlyTheUnchangedDeliveryWithTheRightSecret() {
        var type = "org.counterpart.planning.task-planned.v1";
        var header = WebhookSignature.sign(SECRET, 1700000000L, "id-1", type, BODY);

        assertThat(WebhookSignature.verify(SECRET, 1700000000L, "id-1", type, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify("another-secret-entirely", 1700000000L, "id-1", type, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1700000001L, "id-1", type, BODY, header)).as("replayed later").isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1700000000L, "id-2", type, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1700000000L, "id-1", type + "x", BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1700000000L, "id-1", type, "{}".getBytes(), header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1700000000L, "id-1", type, BODY, null)).isFalse();
    }
}
