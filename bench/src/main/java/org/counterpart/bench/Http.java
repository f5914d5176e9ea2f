package org.counterpart.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harness's HTTP client on loopback: HTTP Basic as the API takes it, JSON in and out, every request timed into a
 * named {@link Stats} series (so the run knows its slowest request of each kind).
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A request that answered something other than what was expected. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(String what, int status, String body) {
            super(what + " answered " + status + ": " + (body.length() > 400 ? body.substring(0, 400) : body));
            this.status = status;
        }
    }

    final String base;
    private final HttpClient client;

    Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path, String auth) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                .header("Accept-Language", "zh-CN");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b;
    }

    Response send(String series, HttpRequest request, int... expected) {
        var stats = Stats.of(series);
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            stats.error(e.toString());
            throw new RuntimeException(series + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
        long nanos = System.nanoTime() - start;
        stats.add(nanos);
        Run.requestDone(series, nanos);
        if (expected.length > 0) {
            boolean ok = false;
            for (int e : expected) {
                ok |= e == response.statusCode();
            }
            if (!ok) {
                var refused = new Refused(series + " " + request.method() + " " + request.uri().getPath(),
                        response.statusCode(), response.body());
                stats.error(refused.getMessage());
                throw refused;
            }
        }
        return new Response(response.statusCode(), response.body());
    }

    Response get(String series, String path, String auth) {
        return send(series, request(path, auth).GET().build(), 200);
    }

    Response post(String series, String path, String auth, Object body, int... expected) {
        return send(series, request(path, auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                expected.length == 0 ? new int[] { 200, 201 } : expected);
    }

    Response put(String series, String path, String auth, Object body) {
        return send(series, request(path, auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), 200);
    }

    /** A multipart/form-data POST with one file in the field {@code file}. */
    Response upload(String series, String path, String auth, String filename, String contentType, byte[] content,
            int... expected) {
        var boundary = "----counterpart-bench-" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(series, request(path, auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                expected.length == 0 ? new int[] { 200, 201 } : expected);
    }
}
