package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.counterpart.testing.WebVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the running application tells browsers over real HTTP: the security headers of pages and API, HSTS and the
 * Secure cookie flag behind a proxy that ends TLS, the session cookie's flags, and a new session id at sign-in (no
 * session fixation) that signing out ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionAndHeadersIntegrationTests {

    @LocalServerPort
    int port;

    WebVisitor visitor() {
        return new WebVisitor("http://localhost:" + port);
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static String sessionSetCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie set in " + response.headers().map()));
    }

    @Test
    void pagesForbidInlineScriptFramingAndOtherSites() {
        var page = visitor().get("/login");

        var csp = header(page, "Content-Security-Policy");
        assertThat(csp).isEqualTo(SecurityConfiguration.PAGES_CSP).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(header(page, "Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @Test
    void theApiSaysItsAnswersAreDataNotToBeCachedOrFramed() {
        var visitor = visitor().withHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8)));

        var answer = visitor.get("/api/accounts/me");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Content-Security-Policy")).isEqualTo(SecurityConfiguration.API_CSP)
                .startsWith("default-src 'none'");
        assertThat(header(answer, "Cache-Control")).contains("no-store");
        assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.headers().allValues("Set-Cookie")).as("the API keeps no session").noneMatch(
                c -> c.startsWith("SESSION="));
    }

    @Test
    void behindAProxyThatEndsTlsAnswersCarryHstsAndTheSessionCookieIsSecure() {
        var visitor = visitor().withHeader("X-Forwarded-Proto", "https");

        var page = visitor.get("/login");

        assertThat(header(page, "Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        var cookie = sessionSetCookie(page);
        assertThat(cookie).contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax");

        var signedIn = visitor.signIn("viewer", "demo");
        assertThat(header(signedIn, "Location")).as("never sent back to plain HTTP").doesNotStartWith("http://");
        assertThat(sessionSetCookie(signedIn)).contains("; Secure");
    }

    @Test
    void overPlainHttpTheSessionCookieIsStillHttpOnlyAndSameSite() {
        var cookie = sessionSetCookie(visitor().get("/login"));

        assertThat(cookie).contains("; HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void signingInGivesANewSessionIdSoAPlantedOneIsWorthNothing() {
        var visitor = visitor();
        visitor.get("/login");
        var before = visitor.cookie("SESSION");
        assertThat(before).as("the sign-in page's session, which an attacker could have planted").isNotNull();

        var signedIn = visitor.signIn("viewer", "demo");
        var after = visitor.cookie("SESSION");

        assertThat(header(signedIn, "Location")).endsWith("/");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(visitor.get("/").statusCode()).as("the new session is signed in").isEqualTo(200);
        var attacker = visitor();
        attacker.cookie("SESSION", before);
        assertThat(attacker.get("/").statusCode()).as("the old one is not").isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSessionAndNeedsItsCsrfToken() {
        var visitor = visitor();
        visitor.signIn("viewer", "demo");
        var session = visitor.cookie("SESSION");
        var home = visitor.get("/");

        assertThat(visitor.post("/logout", Map.of()).statusCode()).as("no CSRF token, refused").isEqualTo(403);
        assertThat(visitor.get("/").statusCode()).as("still signed in").isEqualTo(200);

        var signedOut = visitor.post("/logout", Map.of("_csrf", WebVisitor.csrf(home.body())));
        assertThat(header(signedOut, "Location")).endsWith("/login?signedOut");

        var replay = visitor();
        replay.cookie("SESSION", session);
        assertThat(replay.get("/").statusCode()).as("the session is gone").isEqualTo(302);
        assertThat(visitor.get("/").statusCode()).isEqualTo(302);
    }
}
