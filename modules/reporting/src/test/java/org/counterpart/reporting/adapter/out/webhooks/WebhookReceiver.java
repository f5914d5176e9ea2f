package org.counterpart.reporting.adapter.out.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A downstream system's webhook endpoint on a free local port: records every request, answers with the next planned
 * status (then 200), and verifies each signature as docs/events/README.md tells receivers to — independently of the
 * application's own signing code.
 */
final class WebhookReceiver implements AutoCloseable {

    record Request(Instant at, Map<String, String> headers, String body, boolean signatureValid) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final String secret;
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            var headers = new java.util.HashMap<String, String>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            requests.add(new Request(Instant.now(), Map.copyOf(headers), new String(body, StandardCharsets.UTF_8),
                    verify(headers, body)));
            var status = answers.isEmpty() ? 200 : answers.poll();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The statuses to answer the next requests with, in order; 200 after them. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    List<Request> about(String text) {
        return new ArrayList<>(requests.stream().filter(r -> r.body().contains(text)).toList());
    }

    private boolean verify(Map<String, String> headers, byte[] body) {
        try {
            var timestamp = Long.parseLong(headers.get("x-counterpart-timestamp"));
            if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
                return false;
            }
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "." + headers.get("ce-id") + "." + headers.get("ce-type") + ".")
                    .getBytes(StandardCharsets.UTF_8));
            var expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    headers.getOrDefault("x-counterpart-signature", "").getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
