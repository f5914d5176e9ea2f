package org.counterpart.training.adapter.in.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.counterpart.training.CohortId;
import org.counterpart.training.Gender;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.RunProgrammes;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TraineeId;
import org.counterpart.training.TrainingRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Running a programme on the pages: a cohort's roster, attendance by day, completion and certificates. Changes come
 * back to the cohort's page with what happened or, in the user's language, why not.
 */
@Controller
@RequestMapping("/training")
class CohortPageController {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final String ROSTER_SESSION_KEY = "training.roster.";

    private final RunProgrammes run;
    private final ProgrammeQueries programmes;
    private final org.counterpart.training.adapter.in.files.RosterFiles roster;
    private final MessageSource messages;

    CohortPageController(RunProgrammes run, ProgrammeQueries programmes,
            org.counterpart.training.adapter.in.files.RosterFiles roster, MessageSource messages) {
        this.run = run;
        this.programmes = programmes;
        this.roster = roster;
        this.messages = messages;
    }

    @ModelAttribute("section")
    String section() {
        return "training";
    }

    @PostMapping("/programmes/{id}/cohorts")
    String planCohort(@PathVariable String id, @RequestParam(required = false) String name,
            @RequestParam(required = false) LocalDate start, @RequestParam(required = false) LocalDate end,
            @RequestParam(required = false) String place, RedirectAttributes flash, Locale locale) {
        try {
            var cohort = run.planCohort(ProgrammeId.parse(id), name, start, end, place);
            flash.addFlashAttribute("notice", messages.getMessage("training.flash.cohort-planned", null, locale));
            return "redirect:/training/cohorts/" + cohort.cohort().id();
        } catch (TrainingRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", text(rejected, locale));
            return "redirect:/training/programmes/" + id;
        }
    }

    @GetMapping("/cohorts/{id}")
    String cohort(@PathVariable String id, @RequestParam(required = false) LocalDate day, Model model) {
        var details = run.cohort(CohortId.parse(id))
                .orElseThrow(() -> TrainingRejected.notFound("training.cohort.not-found"));
        var summary = details.cohort();
        var programme = programmes.programme(summary.programme()).orElseThrow().programme();
        var today = LocalDate.now(SHANGHAI);
        var shown = day != null && !day.isBefore(summary.start()) && !day.isAfter(summary.end()) ? day
                : today.isBefore(summary.start()) || today.isAfter(summary.end()) ? summary.start() : today;
        model.addAttribute("details", details);
        model.addAttribute("c", summary);
        model.addAttribute("programme", programme);
        model.addAttribute("day", shown);
        model.addAttribute("genders", Gender.values());
        // A day not yet taken shows everyone present: the register is marked by exception, as on paper.
        model.addAttribute("presentOn", details.roster().stream().collect(Collectors.toMap(t -> t.id().toString(),
                t -> details.attendance().getOrDefault(t.id().toString(), java.util.Map.of()).getOrDefault(shown,
                        Boolean.TRUE))));
        model.addAttribute("certificatesPending", details.roster().stream()
                .anyMatch(t -> t.completed() && t.certificate() == null));
        model.addAttribute("attended", details.roster().stream().collect(Collectors.toMap(t -> t.id().toString(),
                t -> details.attendance().getOrDefault(t.id().toString(), java.util.Map.of()).values().stream()
                        .filter(Boolean::booleanValue).count())));
        return "training/cohort";
    }

    @PostMapping("/cohorts/{id}/trainees")
    String enrol(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String name,
            @RequestParam(required = false) String gender, @RequestParam(required = false) String ethnicity,
            @RequestParam(required = false) String region, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String post, @RequestParam(required = false) String phone,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "training.flash.enrolled", () -> run.enrol(CohortId.parse(id),
                List.of(new TraineeDetails(name, Gender.parse(gender), ethnicity, region, organisation, post, phone)),
                version));
    }

    /** Reads the roster file and shows who it would add; the rows wait in the session until applied. */
    @PostMapping(path = "/cohorts/{id}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String previewRoster(@PathVariable String id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            jakarta.servlet.http.HttpSession session, RedirectAttributes flash, Locale locale) throws java.io.IOException {
        try (var in = file.getInputStream()) {
            var rows = roster.read(file.getOriginalFilename(), in);
            var adding = run.previewRoster(CohortId.parse(id), rows);
            var token = java.util.UUID.randomUUID().toString();
            session.setAttribute(ROSTER_SESSION_KEY + token, new PendingRoster(id, List.copyOf(rows)));
            flash.addFlashAttribute("rosterPreview", adding);
            flash.addFlashAttribute("rosterToken", token);
            flash.addFlashAttribute("rosterFile", file.getOriginalFilename());
        } catch (org.counterpart.sheets.SheetRejected rejected) {
            flash.addFlashAttribute("error", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
        } catch (org.counterpart.training.RosterImportRejected rejected) {
            flash.addFlashAttribute("rosterProblems", rejected.problems().stream()
                    .map(p -> new ProblemLine(p.line(), messages.getMessage(p.messageKey(), p.arguments().toArray(),
                            locale)))
                    .toList());
        } catch (TrainingRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", text(rejected, locale));
        }
        return "redirect:/training/cohorts/" + id;
    }

    record PendingRoster(String cohort, List<org.counterpart.training.RosterRow> rows) implements java.io.Serializable {
    }

    record ProblemLine(int line, String message) implements java.io.Serializable {
    }

    @PostMapping("/cohorts/{id}/roster/apply")
    String applyRoster(@PathVariable String id, @RequestParam String token, @RequestParam long version,
            jakarta.servlet.http.HttpSession session, RedirectAttributes flash, Locale locale) {
        var pending = (PendingRoster) session.getAttribute(ROSTER_SESSION_KEY + token);
        if (pending == null || !pending.cohort().equals(id)) {
            flash.addFlashAttribute("error", messages.getMessage("training.roster.expired", null, locale));
            return "redirect:/training/cohorts/" + id;
        }
        session.removeAttribute(ROSTER_SESSION_KEY + token);
        return act(id, flash, locale, "training.flash.roster-imported",
                () -> run.importRoster(CohortId.parse(id), pending.rows(), version));
    }

    @PostMapping("/cohorts/{id}/start")
    String start(@PathVariable String id, @RequestParam long version, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, "training.flash.started", () -> run.start(CohortId.parse(id), version));
    }

    @PostMapping("/cohorts/{id}/attendance")
    String attendance(@PathVariable String id, @RequestParam LocalDate day,
            @RequestParam(name = "present", required = false) List<String> present,
            @RequestParam(name = "trainee") List<String> trainees, RedirectAttributes flash, Locale locale) {
        var presentIds = present == null ? Set.<String>of() : Set.copyOf(present);
        act(id, flash, locale, "training.flash.attendance", () -> trainees.forEach(t -> run.markAttendance(
                CohortId.parse(id), TraineeId.parse(t), day, presentIds.contains(t))));
        return "redirect:/training/cohorts/" + id + "?day=" + day;
    }

    @PostMapping("/cohorts/{id}/complete")
    String complete(@PathVariable String id, @RequestParam long version,
            @RequestParam(name = "completed", required = false) List<String> completed, RedirectAttributes flash,
            Locale locale) {
        var ids = completed == null ? Set.<TraineeId>of()
                : completed.stream().map(TraineeId::parse).collect(Collectors.toSet());
        return act(id, flash, locale, "training.flash.completed", () -> run.complete(CohortId.parse(id), ids, version));
    }

    @PostMapping("/cohorts/{id}/certificates")
    String issue(@PathVariable String id, RedirectAttributes flash, Locale locale) {
        try {
            var codes = run.issueCertificates(CohortId.parse(id));
            flash.addFlashAttribute("notice", messages.getMessage("training.flash.certificates",
                    new Object[] { codes.size() }, locale));
        } catch (TrainingRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", text(rejected, locale));
        }
        return "redirect:/training/cohorts/" + id;
    }

    @GetMapping("/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String code) {
        return CertificateDownloads.pdf(code, run.certificateDocument(code));
    }

    private String act(String id, RedirectAttributes flash, Locale locale, String doneKey, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (TrainingRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", text(rejected, locale));
        }
        return "redirect:/training/cohorts/" + id;
    }

    private static void refuseIfForbidden(TrainingRejected rejected) {
        if (rejected.kind() == TrainingRejected.Kind.FORBIDDEN) {
            throw new org.springframework.security.access.AccessDeniedException(rejected.messageKey());
        }
    }

    private String text(TrainingRejected rejected, Locale locale) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), locale);
    }
}
