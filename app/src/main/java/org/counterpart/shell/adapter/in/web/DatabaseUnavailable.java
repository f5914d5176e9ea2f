package org.counterpart.shell.adapter.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import tools.jackson.databind.json.JsonMapper;

/**
 * 数据库暂时无法访问 — when the database cannot be reached (the server refuses, a connection is cut, or the pool has
 * none to give within {@code spring.datasource.hikari.connection-timeout}), the request's transaction has been rolled
 * back, and the caller is told so and asked to try again: 503 with {@code Retry-After}, a page for people and
 * {@code {"error": "unavailable", "message": …}} for the API, in the caller's language. The outermost of the
 * application's filters — before the session is looked up in the database — so it answers wherever the failure
 * happens. Health turns DOWN on its own; once the database answers again, the pool connects again and everything
 * works without a restart.
 */
@Component
class DatabaseUnavailable extends OncePerRequestFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RETRY_AFTER_SECONDS = "30";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseUnavailable(ITemplateEngine templates, MessageSource messages, LocaleResolver locales) {
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!causedByUnreachableDatabase(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warn("The database could not be reached; {} {} answered 503: {}", request.getMethod(),
                    request.getRequestURI(), rootCause(failure));
            answer(request, response);
        }
    }

    /** Whether the failure, or any cause of it, says the database could not be reached. */
    static boolean causedByUnreachableDatabase(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = locales.resolveLocale(request);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), Map.of("error", "unavailable", "message",
                    messages.getMessage("error.503.api", null, locale)));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var context = new WebContext(exchange, locale);
        context.setVariable("english", "en".equals(locale.getLanguage()));
        templates.process("error/503", context, response.getWriter());
    }

    private static String rootCause(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
