package org.counterpart.training.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Region;
import org.counterpart.directory.UnitQuery;
import org.counterpart.training.ManageProgrammes;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.TrainingMode;
import org.counterpart.training.TrainingRejected;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 培训项目 pages: a year's programmes with their totals (filters update the table in place), a programme's page. */
@Controller
@RequestMapping("/training")
class TrainingPageController {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ProgrammeQueries queries;
    private final ManageProgrammes manage;
    private final org.counterpart.training.RunProgrammes run;
    private final org.counterpart.training.ManageBudgets budgets;
    private final Directory directory;
    private final MessageSource messages;

    TrainingPageController(ProgrammeQueries queries, ManageProgrammes manage,
            org.counterpart.training.RunProgrammes run, org.counterpart.training.ManageBudgets budgets,
            Directory directory, MessageSource messages) {
        this.queries = queries;
        this.manage = manage;
        this.run = run;
        this.budgets = budgets;
        this.directory = directory;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "training";
    }

    @GetMapping
    String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String unit, Model model,
            Locale locale) {
        if (queries.years().isEmpty()) {
            return "training/index";
        }
        addProgrammes(model, year, region, mode, unit, locale);
        model.addAttribute("years", queries.years());
        model.addAttribute("regions", directory.regions().stream().filter(Region::isPartnerRegion).toList());
        model.addAttribute("units", directory.units(UnitQuery.all()));
        model.addAttribute("modes", TrainingMode.values());
        return "training/programmes";
    }

    @GetMapping("/programmes")
    String table(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String unit, Model model,
            Locale locale) {
        addProgrammes(model, year, region, mode, unit, locale);
        return "training/programmes :: programme-table";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable String id, Model model, Locale locale) {
        var details = queries.programme(ProgrammeId.parse(id))
                .orElseThrow(() -> TrainingRejected.notFound("training.programme.not-found"));
        model.addAttribute("details", details);
        model.addAttribute("p", ProgrammeView.of(details.programme(), directory, locale));
        model.addAttribute("cohorts", run.cohorts(details.programme().id()));
        model.addAttribute("budget", budgets.budget(details.programme().id()));
        model.addAttribute("changes", details.changes().stream()
                .map(c -> new ChangeLine(LocalDateTime.ofInstant(c.at(), SHANGHAI), c.by(), c.field(), c.before(),
                        c.after()))
                .toList());
        return "training/programme";
    }

    record ChangeLine(LocalDateTime at, String by, String field, String before, String after) {
    }

    @PostMapping("/programmes/{id}/funding")
    String revise(@PathVariable String id, @RequestParam(required = false) BigDecimal commissionFunding,
            @RequestParam(required = false) BigDecimal partnerFunding,
            @RequestParam(required = false) Integer plannedTrainees, @RequestParam long version,
            RedirectAttributes flash, Locale locale) {
        try {
            if (commissionFunding == null || partnerFunding == null || plannedTrainees == null) {
                throw TrainingRejected.invalid("training.programme.revision-incomplete");
            }
            manage.revise(ProgrammeId.parse(id), commissionFunding, partnerFunding, plannedTrainees, version);
            flash.addFlashAttribute("notice", messages.getMessage("training.flash.revised", null, locale));
        } catch (TrainingRejected rejected) {
            if (rejected.kind() == TrainingRejected.Kind.FORBIDDEN) {
                throw new org.springframework.security.access.AccessDeniedException(rejected.messageKey());
            }
            flash.addFlashAttribute("error", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
        }
        return "redirect:/training/programmes/" + id;
    }

    @PostMapping("/programmes/{id}/budget/lines")
    String planLine(@PathVariable String id, @RequestParam(required = false) String category,
            @RequestParam(required = false) BigDecimal planned, RedirectAttributes flash, Locale locale) {
        return money(id, flash, locale, "training.flash.line-planned",
                () -> budgets.planLine(ProgrammeId.parse(id), category, planned));
    }

    @PostMapping("/programmes/{id}/budget/spending")
    String spend(@PathVariable String id, @RequestParam(required = false) String line,
            @RequestParam(required = false) java.time.LocalDate spentOn,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String description,
            @RequestParam(required = false) String reason, RedirectAttributes flash, Locale locale) {
        return money(id, flash, locale, "training.flash.spending-recorded", () -> budgets.recordSpending(
                ProgrammeId.parse(id), line == null || line.isBlank() ? null : java.util.UUID.fromString(line), spentOn,
                amount, description, reason));
    }

    private String money(String id, RedirectAttributes flash, Locale locale, String doneKey, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (TrainingRejected rejected) {
            if (rejected.kind() == TrainingRejected.Kind.FORBIDDEN) {
                throw new org.springframework.security.access.AccessDeniedException(rejected.messageKey());
            }
            flash.addFlashAttribute("error", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
        }
        return "redirect:/training/programmes/" + id;
    }

    private void addProgrammes(Model model, Integer year, String region, String mode, String unit, Locale locale) {
        var query = TrainingApiController.query(queries, year, region, mode, unit, 0, 200);
        var page = queries.programmes(query);
        model.addAttribute("year", query.year());
        model.addAttribute("filter", new Filter(region, mode, unit));
        var names = new DirectoryNamesOnce(directory, locale);
        model.addAttribute("programmes", page.items().stream().map(p -> ProgrammeView.of(p, names)).toList());
        model.addAttribute("totals", page.totals());
        model.addAttribute("money", page.items().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.id().toString(), p -> page.moneyOf(p.id()))));
        model.addAttribute("total", page.total());
        model.addAttribute("filtered", Arrays.asList(region, mode, unit).stream().anyMatch(v -> v != null && !v.isBlank()));
    }

    record Filter(String region, String mode, String unit) {
    }
}
