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
        this(base, false);
    }

    /** With cookies: a browser's session, for the pages (form login, then the session cookie, no password). */
    Http(String base, boolean cookies) {
        this.base = base;
        var builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies) {
            builder.cookieHandler(new java.net.CookieManager());
        }
        this.client = builder.build();
    }

    /** Signs in through the login form (with its CSRF token), as a person's browser does. */
    void login(String user, String password) {
        var page = get("sign-in", "/login", null).body();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            m = java.util.regex.Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
        }
        var form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        var answer = send("sign-in", request("/login", null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302);
        if (get("sign-in", "/", null).body().contains("login-form")) {
            throw new IllegalStateException("signing in as " + user + " failed: " + answer.status());
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
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
