package org.counterpart.accounts.adapter.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.counterpart.accounts.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the API answers a call it cannot tell the caller of: 401 with HTTP Basic's challenge, and a body like every other
 * refusal of the API — {@code {"error": key, "message": text}} in the caller's language — that says whether the
 * credentials were missing or wrong, or the account is paused after too many wrong passwords. A sign-in that could
 * not be checked at all (the database unreachable) is no refusal: it goes on as the error it is, which the shell
 * answers with 503.
 */
final class ApiSignInRequired implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final Accounts accounts;

    ApiSignInRequired(MessageSource messages, LocaleResolver locales, Accounts accounts) {
        this.messages = messages;
        this.locales = locales;
        this.accounts = accounts;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) throws IOException, ServletException {
        if (refused instanceof InternalAuthenticationServiceException) {
            throw new ServletException("the sign-in could not be checked", refused);
        }
        var paused = refused instanceof LockedException;
        var key = paused ? "login.paused" : "api.sign-in.required";
        var arguments = paused ? new Object[] { Math.max(1, accounts.signInPause().toMinutes()) } : new Object[0];
        var message = messages.getMessage(key, arguments, locales.resolveLocale(request));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SecurityConfiguration.REALM + "\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), Map.of("error", paused ? "accounts.sign-in.paused" : key,
                "message", message));
    }
}
