package org.counterpart.reporting.adapter.in.web;

import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.ReportRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * How the information-report API says no: {@code {"error": key, "message": text}} in the caller's language, 400 /
 * 403 / 404 / 409; a request it cannot read is a 400 of its own.
 */
@RestControllerAdvice(assignableTypes = { ReportApiController.class, DutyApiController.class,
        CompletenessApiController.class })
class ReportApiErrors {

    private final MessageSource messages;

    ReportApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportRejected.class)
    ResponseEntity<Map<String, Object>> rejected(ReportRejected rejected, Locale locale) {
        var status = switch (rejected.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return body(status, rejected.messageKey(), rejected.arguments(), locale);
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class })
    ResponseEntity<Map<String, Object>> unreadable(Exception e, Locale locale) {
        return body(HttpStatus.BAD_REQUEST, "reporting.report.request-unreadable", new Object[0], locale);
    }

    private ResponseEntity<Map<String, Object>> body(HttpStatus status, String key, Object[] arguments,
            Locale locale) {
        return ResponseEntity.status(status).body(Map.of("error", key, "message",
                messages.getMessage(key, arguments, locale)));
    }
}
