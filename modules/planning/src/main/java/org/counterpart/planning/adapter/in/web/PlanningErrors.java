package org.counterpart.planning.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.planning.PlanImportRejected;
import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.sheets.SheetRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the planning API says no: {@code {"error": key, "message": text}} in the caller's language, with the status
 * the reason calls for — 400 bad input, 403 not allowed, 404 no such plan or task, 409 changed meanwhile, 422 an
 * import refused (with {@code problems}, one per line of the file).
 */
@RestControllerAdvice(assignableTypes = PlanningApiController.class)
class PlanningErrors {

    private final PlanningMessages messages;

    PlanningErrors(PlanningMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanningRejected.class)
    ResponseEntity<Map<String, Object>> rejected(PlanningRejected rejected, Locale locale) {
        var status = switch (rejected.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(Map.of("error", rejected.messageKey(),
                "message", messages.text(rejected.messageKey(), rejected.arguments(), locale)));
    }

    /** A file that is no readable plan table; its message comes from the sheets bundle. */
    @ExceptionHandler(SheetRejected.class)
    ResponseEntity<Map<String, Object>> fileRejected(SheetRejected rejected, Locale locale) {
        return ResponseEntity.unprocessableContent().body(Map.of("error", rejected.messageKey(),
                "message", messages.text(rejected.messageKey(), rejected.arguments(), locale)));
    }

    @ExceptionHandler(PlanImportRejected.class)
    ResponseEntity<Map<String, Object>> importRejected(PlanImportRejected rejected, Locale locale) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", "planning.import.rejected");
        body.put("message", messages.text("planning.import.rejected", new Object[] { rejected.problems().size() },
                locale));
        body.put("problems", problems(rejected.problems(), messages, locale));
        return ResponseEntity.unprocessableContent().body(body);
    }

    /** An import's problems as the API shows them: {@code {"line", "error", "message"}} each. */
    static List<Map<String, Object>> problems(List<Problem> problems, PlanningMessages messages, Locale locale) {
        return problems.stream().map(p -> Map.<String, Object>of("line", p.line(), "error", p.messageKey(),
                "message", messages.text(p.messageKey(), p.arguments().toArray(), locale))).toList();
    }
}
