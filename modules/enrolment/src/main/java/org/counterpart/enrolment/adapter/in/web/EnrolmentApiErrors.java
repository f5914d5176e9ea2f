package org.counterpart.enrolment.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.StudentImportRejected;
import org.counterpart.sheets.SheetRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the enrolment API says no: {@code {"error": key, "message": text}} with 400 / 403 / 404 / 409, and 422 for a
 * file that is refused, with each line's reason under {@code problems}.
 */
@RestControllerAdvice(assignableTypes = { EnrolmentApiController.class, StudentApiController.class })
class EnrolmentApiErrors {

    private final EnrolmentMessages messages;
    private final MessageSource source;

    EnrolmentApiErrors(EnrolmentMessages messages, MessageSource source) {
        this.messages = messages;
        this.source = source;
    }

    @ExceptionHandler(SheetRejected.class)
    ResponseEntity<Map<String, Object>> fileRejected(SheetRejected rejected, Locale locale) {
        return ResponseEntity.unprocessableContent().body(Map.of("error", rejected.messageKey(),
                "message", source.getMessage(rejected.messageKey(), rejected.arguments(), locale)));
    }

    @ExceptionHandler(StudentImportRejected.class)
    ResponseEntity<Map<String, Object>> importRejected(StudentImportRejected rejected, Locale locale) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", "enrolment.import.rejected");
        body.put("message", messages.text("enrolment.import.rejected", new Object[] { rejected.problems().size() },
                locale));
        body.put("problems", rejected.problems().stream().map(p -> Map.of("line", p.line(), "error", p.messageKey(),
                "message", messages.text(p, locale))).toList());
        return ResponseEntity.unprocessableContent().body(body);
    }

    @ExceptionHandler(EnrolmentRejected.class)
    ResponseEntity<Map<String, Object>> rejected(EnrolmentRejected rejected, Locale locale) {
        var status = switch (rejected.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(Map.of("error", rejected.messageKey(),
                "message", messages.text(rejected, locale)));
    }
}
