package org.counterpart.enrolment.adapter.in.web;

import org.counterpart.enrolment.EnrolmentRejected;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the enrolment pages say no when there is no page to come back to: a programme or student that is not there is
 * a missing page, a record the user may not see the 403 page, anything else the error page with its status.
 * Changes refused for a reason the user can fix come back to their page as a flash message instead.
 */
@ControllerAdvice(assignableTypes = { EnrolmentPageController.class, StudentPageController.class })
class EnrolmentPageErrors {

    @ExceptionHandler(EnrolmentRejected.class)
    ModelAndView rejected(EnrolmentRejected rejected) {
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
