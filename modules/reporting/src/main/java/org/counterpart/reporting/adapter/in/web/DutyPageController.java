package org.counterpart.reporting.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.reporting.DutyDraft;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.DutyManagement;
import org.counterpart.reporting.DutyQuery;
import org.counterpart.reporting.ReminderQueries;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportQueries;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubjectType;
import org.counterpart.reporting.Reporter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报送任务 on the pages: a year's duties with each one's next due day and what is missing, the user's open reminders,
 * and — for the commission office — setting, changing and removing duties.
 */
@Controller
@RequestMapping("/reporting/duties")
class DutyPageController {

    private final DutyManagement duties;
    private final ReminderQueries reminders;
    private final ReportQueries reports;
    private final PlanQueries plans;
    private final ReportLabels labels;

    DutyPageController(DutyManagement duties, ReminderQueries reminders, ReportQueries reports, PlanQueries plans,
            ReportLabels labels) {
        this.duties = duties;
        this.reminders = reminders;
        this.reports = reports;
        this.plans = plans;
        this.labels = labels;
    }

    @ModelAttribute("section")
    String section() {
        return "reporting";
    }

    /** The duty form as typed, to show again when it is refused. */
    record DutyForm(String reporter, String subject, String kind, String frequency, Integer daysAllowed,
            LocalDate dueOn, String contactEmail, String note) implements java.io.Serializable {

        static final DutyForm EMPTY = new DutyForm("", "", "NEWS", "QUARTERLY", 10, null, "", "");
    }

    @GetMapping
    String duties(@RequestParam(required = false) Integer year, @RequestParam(required = false) String reporter,
            Model model, Locale locale) {
        var chosenYear = year != null ? year : years().stream().findFirst().orElse(LocalDate.now().getYear());
        var who = ReportLabels.present(reporter) ? Reporter.parse(reporter) : null;
        var names = labels.reporterNames(locale);
        var today = LocalDate.now(ReportLabels.SHANGHAI);
        model.addAttribute("duties", duties.duties(new DutyQuery(chosenYear, who)).stream()
                .map(d -> DutyView.of(d, labels, names, today, locale)).toList());
        model.addAttribute("reminders", reminders.openReminders().stream()
                .map(r -> DutyApiController.ReminderLine.of(r, labels, names, locale)).toList());
        model.addAttribute("year", chosenYear);
        model.addAttribute("reporter", reporter);
        model.addAttribute("today", today);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DutyForm.EMPTY);
        }
        formOptions(model, chosenYear, locale);
        return "reporting/duties";
    }

    @PostMapping
    String create(@RequestParam int year, @RequestParam(required = false) String reporter,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String frequency, @RequestParam(required = false) Integer daysAllowed,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String note,
            RedirectAttributes flash, Locale locale) {
        try {
            var duty = duties.create(draft(year, reporter, subject, kind, frequency, daysAllowed, dueOn, contactEmail,
                    note));
            flash.addFlashAttribute("notice", labels.message("reporting.duty.flash.created", locale));
            return "redirect:/reporting/duties/" + duty.id();
        } catch (ReportRejected rejected) {
            ReportPageController.refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", labels.text(rejected, locale));
            flash.addFlashAttribute("form", new DutyForm(reporter, subject, kind, frequency, daysAllowed, dueOn,
                    contactEmail, note));
            flash.addFlashAttribute("formOpen", true);
            return "redirect:/reporting/duties?year=" + year;
        }
    }

    @GetMapping("/{id}")
    String duty(@PathVariable String id, Model model, Locale locale) {
        var duty = duties.duty(DutyId.parse(id))
                .orElseThrow(() -> ReportRejected.notFound("reporting.duty.not-found"));
        var view = DutyView.of(duty, labels, labels.reporterNames(locale), LocalDate.now(ReportLabels.SHANGHAI),
                locale);
        model.addAttribute("d", view);
        model.addAttribute("history", DutyHistoryLine.of(duties.history(duty.id()), labels, locale));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DutyForm(duty.reporter().key(), duty.subject().key(), duty.kind().name(),
                    duty.frequency().name(), duty.daysAllowed(), duty.dueOn(), duty.contactEmail(), duty.note()));
        }
        formOptions(model, duty.year(), locale);
        return "reporting/duty";
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @RequestParam long version, @RequestParam int year,
            @RequestParam(required = false) String reporter, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String frequency,
            @RequestParam(required = false) Integer daysAllowed,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String note,
            RedirectAttributes flash, Locale locale) {
        try {
            duties.update(DutyId.parse(id), draft(year, reporter, subject, kind, frequency, daysAllowed, dueOn,
                    contactEmail, note), version);
            flash.addFlashAttribute("notice", labels.message("reporting.duty.flash.updated", locale));
        } catch (ReportRejected rejected) {
            ReportPageController.refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", labels.text(rejected, locale));
            flash.addFlashAttribute("form", new DutyForm(reporter, subject, kind, frequency, daysAllowed, dueOn,
                    contactEmail, note));
        }
        return "redirect:/reporting/duties/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, @RequestParam long version, @RequestParam int year,
            RedirectAttributes flash, Locale locale) {
        try {
            duties.delete(DutyId.parse(id), version);
            flash.addFlashAttribute("notice", labels.message("reporting.duty.flash.deleted", locale));
            return "redirect:/reporting/duties?year=" + year;
        } catch (ReportRejected rejected) {
            ReportPageController.refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", labels.text(rejected, locale));
            return "redirect:/reporting/duties/" + id;
        }
    }

    private static DutyDraft draft(int year, String reporter, String subject, String kind, String frequency,
            Integer daysAllowed, LocalDate dueOn, String contactEmail, String note) {
        return new DutyDraft(year, ReportLabels.present(reporter) ? Reporter.parse(reporter) : null,
                ReportSubject.parse(subject), ReportLabels.present(kind) ? ReportKind.parse(kind) : null,
                ReportLabels.present(frequency) ? DutyFrequency.parse(frequency) : null, daysAllowed, dueOn,
                contactEmail, note);
    }

    private void formOptions(Model model, int year, Locale locale) {
        var options = reports.subjects(year);
        model.addAttribute("years", years());
        model.addAttribute("reporters", labels.reporters(locale));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("frequencies", DutyFrequency.values());
        model.addAttribute("subjectGroups", java.util.Arrays.stream(ReportSubjectType.values())
                .map(t -> new ReportPageController.SubjectGroup(t,
                        options.stream().filter(o -> o.subject().type() == t).toList()))
                .filter(g -> !g.options().isEmpty()).toList());
    }

    private List<Integer> years() {
        return plans.plans().stream().map(PlanSummary::year).toList();
    }
}
