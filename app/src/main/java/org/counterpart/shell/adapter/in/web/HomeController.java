package org.counterpart.shell.adapter.in.web;

import java.time.ZoneId;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Region;
import org.counterpart.directory.UnitQuery;
import org.counterpart.reporting.RecentActivity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页 — where everyone lands after signing in: the modules, the programme at a glance, what happened lately. */
@Controller
class HomeController {

    /** The commission works in Shanghai time; instants are shown in it. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Directory directory;
    private final RecentActivity activity;

    HomeController(Directory directory, RecentActivity activity) {
        this.directory = directory;
        this.activity = activity;
    }

    @GetMapping("/")
    String home(Model model) {
        var regions = directory.regions();
        model.addAttribute("section", "home");
        model.addAttribute("partnerRegions", regions.stream().filter(Region::isPartnerRegion).toList());
        model.addAttribute("officeCount", directory.offices().size());
        model.addAttribute("unitCount", directory.countUnits(UnitQuery.all()));
        model.addAttribute("schoolCount", directory.schools().size());
        model.addAttribute("activities", activity.latest(8).stream()
                .map(a -> new ActivityLine(a.occurredAt().atZone(SHANGHAI).toLocalDateTime(), a.kind(), a.subject()))
                .toList());
        return "home";
    }

    record ActivityLine(java.time.LocalDateTime at, String kind, String subject) {
    }
}
