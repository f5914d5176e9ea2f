package org.counterpart.reporting.adapter.in.web;

import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.ReportRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the information-report API says no: {@code {"error": key, "message": text}} in the caller's language, 400 /
 * 403 / 404 / 409. A request it cannot read at all is answered as every API answers one (the application's
 * {@code ApiRequestErrors}).
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

    private ResponseEntity<Map<String, Object>> body(HttpStatus status, String key, Object[] arguments,
            Locale locale) {
        return ResponseEntity.status(status).body(Map.of("error", key, "message",
                messages.getMessage(key, arguments, locale)));
    }
}
