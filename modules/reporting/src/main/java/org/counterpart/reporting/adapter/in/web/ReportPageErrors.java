package org.counterpart.reporting.adapter.in.web;

import org.counterpart.reporting.ReportRejected;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the information-report pages say no: a report or duty that is not there is a missing page, a refusal the 403
 * page, anything else the error page with its status.
 */
@ControllerAdvice(assignableTypes = { ReportPageController.class, DutyPageController.class,
        CompletenessPageController.class })
class ReportPageErrors {

    @ExceptionHandler(ReportRejected.class)
    ModelAndView rejected(ReportRejected rejected) {
        var status = switch (rejected.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        var view = status == HttpStatus.NOT_FOUND ? "error/404" : status == HttpStatus.FORBIDDEN ? "error/403" : "error";
        var mav = new ModelAndView(view, status);
        mav.addObject("status", status.value());
        return mav;
    }
}
