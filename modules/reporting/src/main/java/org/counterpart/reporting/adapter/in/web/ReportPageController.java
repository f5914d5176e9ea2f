package org.counterpart.reporting.adapter.in.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportAuthoring;
import org.counterpart.reporting.ReportDraft;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportQueries;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportReview;
import org.counterpart.reporting.ReportRevision;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubjectType;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息 on the pages: the list (one's own, or everything for the commission office), writing a report with a small
 * rich-text editor, a report's page with its files, history and the moves the user may make. Changes come back to
 * the report's page with what happened or, in the user's language, why not.
 */
@Controller
@RequestMapping("/reporting/reports")
class ReportPageController {

    static final int PAGE_SIZE = 50;

    private final ReportQueries queries;
    private final ReportAuthoring authoring;
    private final ReportReview review;
    private final PlanQueries plans;
    private final ReportLabels labels;

    ReportPageController(ReportQueries queries, ReportAuthoring authoring, ReportReview review, PlanQueries plans,
            ReportLabels labels) {
        this.queries = queries;
        this.authoring = authoring;
        this.review = review;
        this.plans = plans;
        this.labels = labels;
    }

    @ModelAttribute("section")
    String section() {
        return "reporting";
    }

    record Filter(String status, String kind, Integer year, String reporter) {
    }

    @GetMapping
    String reports(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String reporter,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        var who = ReportLabels.present(reporter) ? Reporter.parse(reporter) : null;
        var query = ReportApiController.query(status, kind,
                who != null && who.type() == ReporterType.UNIT ? who.code() : null,
                who != null && who.type() == ReporterType.OFFICE ? who.code() : null, year, null, Math.max(0, page),
                PAGE_SIZE);
        var result = queries.reports(query);
        var names = labels.reporterNames(locale);
        model.addAttribute("reports", result.items().stream().map(r -> ReportPageModel.line(r, labels, names, locale))
                .toList());
        model.addAttribute("total", result.total());
        model.addAttribute("page", query.page());
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filter", new Filter(status, kind, year, reporter));
        model.addAttribute("filtered", query.status() != null || query.kind() != null || year != null || who != null);
        model.addAttribute("years", years());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("reporters", labels.reporters(locale));
        return "reporting/reports";
    }

    @GetMapping("/new")
    String newReport(@RequestParam(required = false) String duty, @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer year, Model model, Locale locale) {
        var form = new NewForm(ReportLabels.present(duty) && ReportLabels.present(period) ? duty + "|" + period : "",
                "NEWS", "", "", "");
        return newForm(form, year, model, locale);
    }

    record NewForm(String answers, String kind, String subject, String title, String body) {
    }

    record PeriodChoice(String value, String label) {
    }

    record SubjectGroup(ReportSubjectType type, List<org.counterpart.reporting.ReportSubjectOption> options) {
    }

    private String newForm(NewForm form, Integer year, Model model, Locale locale) {
        var chosenYear = year != null ? year : years().stream().findFirst().orElse(java.time.Year.now().getValue());
        var options = queries.subjects(chosenYear);
        model.addAttribute("form", form);
        model.addAttribute("year", chosenYear);
        model.addAttribute("years", years());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("periods", queries.openPeriods().stream()
                .map(p -> new PeriodChoice(p.duty() + "|" + p.period().code(), labels.message(
                        "reporting.report.new.answers-option", locale, labels.period(p.period(), locale),
                        labels.kind(p.kind(), locale), p.subjectLabel(), p.due().toString())))
                .toList());
        model.addAttribute("subjectGroups", java.util.Arrays.stream(ReportSubjectType.values())
                .map(t -> new SubjectGroup(t, options.stream().filter(o -> o.subject().type() == t).toList()))
                .filter(g -> !g.options().isEmpty()).toList());
        return "reporting/report-new";
    }

    @PostMapping
    String draft(@RequestParam(required = false) String answers, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String action, Model model, RedirectAttributes flash, Locale locale) {
        try {
            DutyId duty = null;
            ReportPeriod period = null;
            if (ReportLabels.present(answers)) {
                var parts = answers.split("\\|", 2);
                duty = DutyId.parse(parts[0]);
                period = ReportPeriod.parse(parts.length > 1 ? parts[1] : "");
            }
            var details = authoring.draft(new ReportDraft(duty == null && ReportLabels.present(kind)
                    ? ReportKind.parse(kind) : null, title, body, duty == null ? ReportSubject.parse(subject) : null,
                    duty, period));
            var id = details.report().id();
            if ("submit".equals(action)) {
                authoring.submit(id, details.report().version(), null);
                flash.addFlashAttribute("notice", labels.message("reporting.report.flash.submitted", locale));
            } else {
                flash.addFlashAttribute("notice", labels.message("reporting.report.flash.drafted", locale));
            }
            return "redirect:/reporting/reports/" + id;
        } catch (ReportRejected rejected) {
            refuseIfForbidden(rejected);
            model.addAttribute("error", labels.text(rejected, locale));
            return newForm(new NewForm(answers, kind, subject, title, body), year, model, locale);
        }
    }

    @GetMapping("/{id}")
    String report(@PathVariable String id, Model model, Locale locale) {
        var details = queries.report(ReportId.parse(id))
                .orElseThrow(() -> ReportRejected.notFound("reporting.report.not-found"));
        model.addAttribute("r", ReportPageModel.page(details, labels, labels.reporterNames(locale), locale));
        model.addAttribute("kinds", ReportKind.values());
        if (details.mayEdit() && details.report().duty() == null) {
            var year = details.report().year();
            var options = queries.subjects(year);
            model.addAttribute("subjectGroups", java.util.Arrays.stream(ReportSubjectType.values())
                    .map(t -> new SubjectGroup(t, options.stream().filter(o -> o.subject().type() == t).toList()))
                    .filter(g -> !g.options().isEmpty()).toList());
        }
        return "reporting/report";
    }

    @PostMapping("/{id}")
    String revise(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String action,
            RedirectAttributes flash, Locale locale) {
        try {
            var reportId = ReportId.parse(id);
            var revised = authoring.revise(reportId, new ReportRevision(title, body,
                    ReportLabels.present(kind) ? ReportKind.parse(kind) : null, ReportSubject.parse(subject)), version);
            if ("submit".equals(action)) {
                authoring.submit(reportId, revised.report().version(), null);
                flash.addFlashAttribute("notice", labels.message("reporting.report.flash.submitted", locale));
            } else {
                flash.addFlashAttribute("notice", labels.message("reporting.report.flash.saved", locale));
            }
        } catch (ReportRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", labels.text(rejected, locale));
            flash.addFlashAttribute("editTitle", title);
            flash.addFlashAttribute("editBody", body);
        }
        return "redirect:/reporting/reports/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String comment,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "reporting.report.flash.submitted",
                () -> authoring.submit(ReportId.parse(id), version, comment));
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String comment,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "reporting.report.flash.accepted",
                () -> review.accept(ReportId.parse(id), version, comment));
    }

    @PostMapping("/{id}/return")
    String returnForChanges(@PathVariable String id, @RequestParam long version,
            @RequestParam(required = false) String comment, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "reporting.report.flash.returned",
                () -> review.returnForChanges(ReportId.parse(id), version, comment));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable String id, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long version, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "reporting.report.flash.attached", () -> {
            if (file == null || file.isEmpty()) {
                throw ReportRejected.invalid("reporting.report.attachment.empty",
                        file == null ? "" : String.valueOf(file.getOriginalFilename()));
            }
            try {
                authoring.attach(ReportId.parse(id), file.getOriginalFilename(), file.getBytes(), version);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/{id}/attachments/{attachment}/delete")
    String detach(@PathVariable String id, @PathVariable String attachment,
            @RequestParam(required = false) Long version, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "reporting.report.flash.detached",
                () -> authoring.detach(ReportId.parse(id), ReportApiController.attachmentId(attachment), version));
    }

    @GetMapping("/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachment) {
        return ReportDownloads.of(queries.attachment(ReportId.parse(id), ReportApiController.attachmentId(attachment)));
    }

    private List<Integer> years() {
        return plans.plans().stream().map(PlanSummary::year).toList();
    }

    private String act(String id, RedirectAttributes flash, Locale locale, String doneKey, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", labels.message(doneKey, locale));
        } catch (ReportRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", labels.text(rejected, locale));
        }
        return "redirect:/reporting/reports/" + id;
    }

    static void refuseIfForbidden(ReportRejected rejected) {
        if (rejected.kind() == ReportRejected.Kind.FORBIDDEN) {
            throw new AccessDeniedException(rejected.messageKey());
        }
        if (rejected.kind() == ReportRejected.Kind.NOT_FOUND) {
            throw rejected;
        }
    }
}
