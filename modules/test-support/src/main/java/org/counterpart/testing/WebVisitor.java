package org.counterpart.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of a running application over real HTTP, as a browser is to the server: it keeps the cookies the
 * application sets, follows no redirect by itself, and signs in through the real form with the page's CSRF token.
 * Headers given with {@link #withHeader} go with every request (a proxy's {@code X-Forwarded-Proto}, a language).
 */
public final class WebVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LINKED = Pattern.compile("<(?:link|script)\\b[^>]*?(?:href|src)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public WebVisitor(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends that header with every request from now on. */
    public WebVisitor withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form as a browser does, with exactly the fields given (no CSRF token unless among them). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page and posts its form; the answer is the form's redirect. */
    public HttpResponse<String> signIn(String username, String password) {
        var page = get("/login");
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrf(page.body())));
    }

    /** The value of a cookie the application set, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Forgets a cookie, or sets one the application did not set (an old session's, say); null forgets. */
    public void cookie(String name, String value) {
        if (value == null) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    /** The CSRF token of a page's form. */
    public static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    /** The application's own stylesheets and scripts a page links ({@code /…} addresses), as the browser would fetch them. */
    public static java.util.List<String> linkedFiles(String page) {
        return LINKED.matcher(page).results().map(m -> m.group(1)).filter(p -> p.startsWith("/") && !p.startsWith("//"))
                .distinct().toList();
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        var pair = setCookie.split(";", 2)[0];
        var equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        var name = pair.substring(0, equals).strip();
        var value = pair.substring(equals + 1).strip();
        var expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
        cookie(name, value.isEmpty() || expired ? null : value);
    }
}
