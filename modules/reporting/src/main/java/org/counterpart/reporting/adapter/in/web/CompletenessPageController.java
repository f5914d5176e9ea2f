package org.counterpart.reporting.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.reporting.CompletenessQueries;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 报送完成情况 — completeness and timeliness of a year's reporting, per unit or office and per duty, each period
 * coloured by where it stands (on time, late, missing, not due yet).
 */
@Controller
class CompletenessPageController {

    private final CompletenessQueries completeness;
    private final PlanQueries plans;
    private final ReportLabels labels;

    CompletenessPageController(CompletenessQueries completeness, PlanQueries plans, ReportLabels labels) {
        this.completeness = completeness;
        this.plans = plans;
        this.labels = labels;
    }

    @ModelAttribute("section")
    String section() {
        return "reporting";
    }

    @GetMapping("/reporting/completeness")
    String completeness(@RequestParam(required = false) Integer year, @RequestParam(required = false) String reporter,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model, Locale locale) {
        var years = plans.plans().stream().map(PlanSummary::year).toList();
        var chosenYear = year != null ? year : years.stream().findFirst().orElse(LocalDate.now().getYear());
        var who = ReportLabels.present(reporter) ? Reporter.parse(reporter) : null;
        var filter = CompletenessApiController.filter(
                who != null && who.type() == ReporterType.UNIT ? List.of(who.code()) : List.of(),
                who != null && who.type() == ReporterType.OFFICE ? List.of(who.code()) : List.of(), kind);
        var report = completeness.completeness(chosenYear, filter, asOf);
        model.addAttribute("c", CompletenessApiController.answer(report, labels, labels.reporterNames(locale), locale));
        model.addAttribute("year", chosenYear);
        model.addAttribute("years", years);
        model.addAttribute("reporter", reporter);
        model.addAttribute("kind", kind);
        model.addAttribute("asOf", asOf);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("reporters", labels.reporters(locale));
        return "reporting/completeness";
    }
}
