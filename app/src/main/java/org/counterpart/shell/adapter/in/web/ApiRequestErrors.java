package org.counterpart.shell.adapter.in.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * How every API answers a request it cannot even read — malformed JSON, a value of the wrong type or an unknown option
 * (an enum value it does not know), a content type it does not take, a method the address does not accept, a missing
 * or unreadable parameter or file part: 400 / 405 / 415 with {@code {"error": key, "message": text}} in the caller's
 * language, as the modules' own answers, instead of Spring's English default. Nothing was done: the request never
 * reached a use case.
 * <p>
 * It applies to every handler — a wrong method or content type is found before any controller is chosen — and gives
 * the request back, untouched, when it is not to the API ({@code /api/…}): pages keep Spring's error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRequestErrors {

    private final MessageSource messages;

    ApiRequestErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
            Locale locale) throws HttpMessageNotReadableException {
        onlyForTheApi(request, e);
        var cause = e.getMostSpecificCause();
        if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, "api.request.value-invalid", locale, field(invalid),
                    String.valueOf(invalid.getValue()));
        }
        // Malformed JSON (a StreamReadException) is unreadable as a whole, whatever field it broke off in.
        if (cause instanceof DatabindException json && !json.getPath().isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, "api.request.field-unreadable", locale, field(json));
        }
        return answer(HttpStatus.BAD_REQUEST, "api.request.unreadable", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
            Locale locale) throws HttpMediaTypeNotSupportedException {
        onlyForTheApi(request, e);
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.request.media-type", locale,
                e.getContentType() == null ? "—" : e.getContentType().toString(),
                e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            Locale locale) throws HttpRequestMethodNotSupportedException {
        onlyForTheApi(request, e);
        var allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", allowed)
                .body(body("api.request.method", locale, e.getMethod(), allowed));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e,
            HttpServletRequest request, Locale locale) throws MissingServletRequestParameterException {
        onlyForTheApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.request.parameter-missing", locale, e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e, HttpServletRequest request,
            Locale locale) throws MissingServletRequestPartException {
        onlyForTheApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.request.parameter-missing", locale, e.getRequestPartName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            Locale locale) {
        onlyForTheApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.request.value-invalid", locale, e.getName(),
                String.valueOf(e.getValue()));
    }

    /** A page's request is given back as it came, for Spring's own handling and error page. */
    private static <E extends Exception> void onlyForTheApi(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    private static String field(JacksonException e) {
        return e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
    }

    private ResponseEntity<Map<String, Object>> answer(HttpStatus status, String key, Locale locale,
            Object... arguments) {
        return ResponseEntity.status(status).body(body(key, locale, arguments));
    }

    private Map<String, Object> body(String key, Locale locale, Object... arguments) {
        return Map.of("error", key, "message", messages.getMessage(key, arguments, locale));
    }
}
