package org.counterpart.reporting.adapter.in.web;

import org.counterpart.reporting.ReminderQueries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the reporting pages' navigation shows: how many reminders are open for the signed-in unit or office (all of
 * them for the commission office) — counted for pages shown, not for form posts or downloads.
 */
@ControllerAdvice(assignableTypes = { ReportingPageController.class, ReportPageController.class,
        DutyPageController.class, CompletenessPageController.class })
class ReportNavigation {

    private final ReminderQueries reminders;

    ReportNavigation(ReminderQueries reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("reportReminderCount")
    Integer reminderCount(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getRequestURI().contains("/attachments/")) {
            return null;
        }
        return reminders.openReminders().size();
    }
}
