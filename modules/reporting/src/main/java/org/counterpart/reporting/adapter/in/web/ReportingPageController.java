package org.counterpart.reporting.adapter.in.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.counterpart.reporting.RecentActivity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's start page in the UI shell: what has happened lately. */
@Controller
class ReportingPageController {

    /** The commission works in Shanghai time; instants are shown in it. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RecentActivity activity;

    ReportingPageController(RecentActivity activity) {
        this.activity = activity;
    }

    record ActivityLine(LocalDateTime at, String kind, String subject, String sourceModule) {
    }

    @GetMapping("/reporting")
    String index(Model model) {
        model.addAttribute("section", "reporting");
        model.addAttribute("activities", activity.latest(50).stream()
                .map(a -> new ActivityLine(a.occurredAt().atZone(SHANGHAI).toLocalDateTime(), a.kind(), a.subject(),
                        a.sourceModule()))
                .toList());
        return "reporting/index";
    }
}
