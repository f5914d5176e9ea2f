// A downstream system's webhook endpoint for Counterpart's events, with nothing but the JDK (Java 17+):
//
//     java WebhookReceiver.java 8080 'the-secret-shown-when-the-webhook-was-added'
//
// then subscribe http://<this host>:8080/counterpart/events at /reporting/webhooks. It verifies each delivery's
// signature and timestamp, drops a delivery whose ce-id it has already handled, and answers 2xx only once the event
// is handled (here: printed), so Counterpart retries anything else.
import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class WebhookReceiver {

    /** How far a delivery's timestamp may be from this clock before it counts as a replay. */
    static final long TOLERANCE_SECONDS = 300;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        // A real consumer keeps the ids it handled in its database, in the transaction that handles the event.
        Set<String> handled = ConcurrentHashMap.newKeySet();

        var server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/counterpart/events", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            String id = h.getFirst("ce-id"), type = h.getFirst("ce-type");
            String timestamp = h.getFirst("X-Counterpart-Timestamp"), signature = h.getFirst("X-Counterpart-Signature");
            int status;
            if (id == null || type == null || timestamp == null || signature == null) {
                status = 400;
            } else if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > TOLERANCE_SECONDS
                    || !valid(secret, timestamp, id, type, body, signature)) {
                status = 401;
            } else if (!handled.add(id)) {
                status = 200; // seen before: a redelivery; acknowledge and do nothing
                System.out.println("duplicate " + id + " dropped");
            } else {
                status = 200;
                System.out.printf("%s %s %s from %s at %s: %s%n", id, type, h.getFirst("ce-dataschema"),
                        h.getFirst("ce-source"), h.getFirst("ce-time"), new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        System.out.println("Listening on http://0.0.0.0:" + port + "/counterpart/events");
    }

    /** HMAC-SHA256 over "<timestamp>.<ce-id>.<ce-type>." followed by the body, hex, compared in constant time. */
    static boolean valid(byte[] secret, String timestamp, String id, String type, byte[] body, String header) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + "." + id + "." + type + ".").getBytes(StandardCharsets.UTF_8));
            var expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    header.strip().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }
}
