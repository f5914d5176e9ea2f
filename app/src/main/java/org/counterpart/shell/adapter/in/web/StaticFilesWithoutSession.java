package org.counterpart.shell.adapter.in.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own static files (styles, scripts, pictures) are served as if the browser had sent no session
 * cookie. They are public and the same for everybody, yet each request for one carried the {@code SESSION} cookie, and
 * something on its way (Spring Security's sign-in details, Spring MVC's flash attributes) asked for the session, which
 * lives in the database: one query per file. With the database away, every file then waited for the pool and was
 * answered 503, so the "try again" page came without its styles. Without the cookie nothing looks the session up.
 * Placed after {@link DatabaseUnavailable} and before Spring Session's filter.
 */
@Component
class StaticFilesWithoutSession extends OncePerRequestFilter implements Ordered {

    /** The folders of {@code static/} and what Spring Boot serves beside them; all public (SecurityConfiguration). */
    static final List<String> STATIC_PATHS = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    static final String SESSION_COOKIE = "SESSION";

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 5;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PATHS.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutSessionCookie(request), response);
    }

    /** The request with the {@code SESSION} cookie taken out, the other cookies kept. */
    private static final class WithoutSessionCookie extends HttpServletRequestWrapper {

        WithoutSessionCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            var cookies = super.getCookies();
            if (cookies == null) {
                return null;
            }
            var kept = Arrays.stream(cookies).filter(c -> !SESSION_COOKIE.equals(c.getName())).toArray(Cookie[]::new);
            return kept.length == 0 ? null : kept;
        }

        @Override
        public String getHeader(String name) {
            if (!HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
                return super.getHeader(name);
            }
            var headers = getHeaders(name);
            return headers.hasMoreElements() ? headers.nextElement() : null;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                    .map(StaticFilesWithoutSession::withoutSession).filter(h -> !h.isBlank()).toList());
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }
    }

    /** A Cookie header's pairs but SESSION's. */
    static String withoutSession(String header) {
        return Arrays.stream(header.split(";")).map(String::strip)
                .filter(pair -> !pair.startsWith(SESSION_COOKIE + "=")).collect(Collectors.joining("; "));
    }
}
