package org.counterpart.reporting.adapter.in.web;

import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.StatisticsRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the statistics API says no: {@code {"error": key, "message": text}}, 400 / 403 / 404. */
@RestControllerAdvice(assignableTypes = StatisticsApiController.class)
class StatisticsErrors {

    private final MessageSource messages;

    StatisticsErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StatisticsRejected.class)
    ResponseEntity<Map<String, Object>> rejected(StatisticsRejected rejected, Locale locale) {
        var status = switch (rejected.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        // JSON even where the request asked for a file: the file is what could not be made.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error",
                rejected.messageKey(), "message", messages.getMessage(rejected.messageKey(), rejected.arguments(),
                        locale)));
    }
}
