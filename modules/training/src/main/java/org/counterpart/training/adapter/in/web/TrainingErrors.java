package org.counterpart.training.adapter.in.web;

import java.util.Locale;
import java.util.Map;

import org.counterpart.training.TrainingRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the training API says no: {@code {"error": key, "message": text}}, 400 / 403 / 404 / 409. */
@RestControllerAdvice(assignableTypes = { TrainingApiController.class, CohortApiController.class })
class TrainingErrors {

    private final MessageSource messages;

    TrainingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(org.counterpart.sheets.SheetRejected.class)
    ResponseEntity<Map<String, Object>> fileRejected(org.counterpart.sheets.SheetRejected rejected, Locale locale) {
        return ResponseEntity.unprocessableContent().body(Map.of("error", rejected.messageKey(),
                "message", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale)));
    }

    @ExceptionHandler(org.counterpart.training.RosterImportRejected.class)
    ResponseEntity<Map<String, Object>> rosterRejected(org.counterpart.training.RosterImportRejected rejected,
            Locale locale) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("error", "training.roster.rejected");
        body.put("message", messages.getMessage("training.roster.rejected",
                new Object[] { rejected.problems().size() }, locale));
        body.put("problems", rejected.problems().stream().map(p -> Map.of("line", p.line(), "error", p.messageKey(),
                "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))).toList());
        return ResponseEntity.unprocessableContent().body(body);
    }

    @ExceptionHandler(TrainingRejected.class)
    ResponseEntity<Map<String, Object>> rejected(TrainingRejected rejected, Locale locale) {
        var status = switch (rejected.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(Map.of("error", rejected.messageKey(),
                "message", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale)));
    }
}
