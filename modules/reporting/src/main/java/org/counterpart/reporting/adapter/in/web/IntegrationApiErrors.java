package org.counterpart.reporting.adapter.in.web;

import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.WebhookRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the webhook and publication API says no: {@code {"error": key, "message": text}}, 400 / 404. */
@RestControllerAdvice(assignableTypes = { WebhookApiController.class, PublicationApiController.class })
class IntegrationApiErrors {

    private final MessageSource messages;

    IntegrationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WebhookRejected.class)
    ResponseEntity<Map<String, Object>> rejected(WebhookRejected rejected, Locale locale) {
        var status = rejected.kind() == WebhookRejected.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("error", rejected.messageKey(), "message",
                messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.messageKey(), locale)));
    }
}
