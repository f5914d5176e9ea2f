package org.counterpart.enrolment.adapter.in.web;

import static org.counterpart.enrolment.adapter.in.web.EnrolmentPageController.blankToNull;
import static org.counterpart.enrolment.adapter.in.web.EnrolmentPageController.parseVersion;
import static org.counterpart.enrolment.adapter.in.web.EnrolmentPageController.refuseIfForbidden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.GrantSubsidies;
import org.counterpart.enrolment.ManageStudents;
import org.counterpart.enrolment.NewStudent;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentImport;
import org.counterpart.enrolment.StudentImportRejected;
import org.counterpart.enrolment.StudentQueries;
import org.counterpart.enrolment.StudentRow;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.SubsidyView;
import org.counterpart.enrolment.Term;
import org.counterpart.enrolment.adapter.in.files.StudentFiles;
import org.counterpart.sheets.SheetRejected;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Students on the pages: registering one, or a list from a file (previewed first; the rows wait in the session until
 * applied or cancelled), a student's page with the moves the user may make, subsidies and their grant form, the
 * audited reveal of the full ID number, and the blank list template. Changes come back to their page with what
 * happened or, in the user's language, why not.
 */
@Controller
@RequestMapping("/enrolment")
class StudentPageController {

    static final String IMPORT_SESSION_KEY = "enrolment.import.";
    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StudentQueries queries;
    private final ManageStudents manage;
    private final GrantSubsidies subsidies;
    private final EnrolmentProgrammeQueries programmes;
    private final StudentFiles files;
    private final EnrolmentPageViews views;

    StudentPageController(StudentQueries queries, ManageStudents manage, GrantSubsidies subsidies,
            EnrolmentProgrammeQueries programmes, StudentFiles files, EnrolmentPageViews views) {
        this.queries = queries;
        this.manage = manage;
        this.subsidies = subsidies;
        this.programmes = programmes;
        this.files = files;
        this.views = views;
    }

    @ModelAttribute("section")
    String section() {
        return "enrolment";
    }

    // ---- registering ----------------------------------------------------------------------------------------------

    @PostMapping("/programmes/{id}/students")
    String admit(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash,
            Locale locale) {
        try {
            var programme = EnrolmentProgrammeId.parse(id);
            var region = blankToNull(form.get("region"));
            if (region == null) {
                throw EnrolmentRejected.invalid("enrolment.student.region-required");
            }
            var school = blankToNull(form.get("school"));
            if (school == null) {
                throw EnrolmentRejected.invalid("enrolment.student.school-required");
            }
            var admitted = manage.admit(programme, new NewStudent(form.get("name"), Gender.parse(form.get("gender")),
                    form.get("ethnicity"), form.get("nationalId"), new RegionCode(region), form.get("county"),
                    form.containsKey("poverty"), new UnitCode(school), form.get("major"),
                    cohortYear(form.get("cohortYear"), programme)));
            var student = admitted.student();
            flash.addFlashAttribute("notice", views.text("enrolment.flash.admitted", locale, student.name(),
                    views.stageName(student.stage().name(), locale)));
            return "redirect:/enrolment/students/" + student.id();
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("admitError", views.refusal(rejected, locale));
            flash.addFlashAttribute("admitForm", new LinkedHashMap<>(form));
            return "redirect:/enrolment/programmes/" + id + "#admit";
        }
    }

    private int cohortYear(String text, EnrolmentProgrammeId programme) {
        var value = blankToNull(text);
        if (value == null) {
            return programmes.programme(programme)
                    .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found"))
                    .programme().academicYear();
        }
        try {
            return Integer.parseInt(value.replace("年", ""));
        } catch (NumberFormatException e) {
            throw EnrolmentRejected.invalid("enrolment.student.cohort-year-invalid", value);
        }
    }

    /** Reads the list and shows what it would add; the rows wait in the session under a token until applied. */
    @PostMapping(path = "/programmes/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String previewImport(@PathVariable String id, @RequestParam("file") MultipartFile file, HttpSession session,
            RedirectAttributes flash, Locale locale) throws IOException {
        try (var in = file.getInputStream()) {
            var rows = files.read(file.getOriginalFilename(), in);
            var preview = manage.previewImport(EnrolmentProgrammeId.parse(id), rows);
            var token = UUID.randomUUID().toString();
            session.setAttribute(IMPORT_SESSION_KEY + token,
                    new PendingImport(id, file.getOriginalFilename(), rows.stream().map(PendingRow::of).toList()));
            flash.addFlashAttribute("importPreview", entries(preview, locale));
            flash.addFlashAttribute("importAwaiting", preview.awaitingApproval());
            flash.addFlashAttribute("importToken", token);
            flash.addFlashAttribute("importFile", file.getOriginalFilename());
        } catch (SheetRejected rejected) {
            flash.addFlashAttribute("importError", views.refusal(rejected.messageKey(), rejected.arguments(), locale));
        } catch (StudentImportRejected rejected) {
            flash.addFlashAttribute("importProblems", problems(rejected, locale));
            flash.addFlashAttribute("importFile", file.getOriginalFilename());
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("importError", views.refusal(rejected, locale));
        }
        return "redirect:/enrolment/programmes/" + id + "#import";
    }

    @PostMapping("/programmes/{id}/import/apply")
    String applyImport(@PathVariable String id, @RequestParam(required = false) String token, HttpSession session,
            RedirectAttributes flash, Locale locale) {
        var key = IMPORT_SESSION_KEY + token;
        if (!(session.getAttribute(key) instanceof PendingImport pending) || !pending.programme().equals(id)) {
            flash.addFlashAttribute("importError", views.text("enrolment.page.import.expired", locale));
            return "redirect:/enrolment/programmes/" + id + "#import";
        }
        session.removeAttribute(key);
        try {
            var added = manage.importStudents(EnrolmentProgrammeId.parse(id),
                    pending.rows().stream().map(PendingRow::row).toList());
            flash.addFlashAttribute("notice", views.text("enrolment.flash.imported", locale, added.students().size(),
                    added.awaitingApproval()));
            return "redirect:/enrolment/programmes/" + id + "#students";
        } catch (StudentImportRejected rejected) {
            // Someone registered the same students, or took the seats, between preview and apply.
            flash.addFlashAttribute("importProblems", problems(rejected, locale));
            flash.addFlashAttribute("importFile", pending.filename());
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("importError", views.refusal(rejected, locale));
        }
        return "redirect:/enrolment/programmes/" + id + "#import";
    }

    @PostMapping("/programmes/{id}/import/cancel")
    String cancelImport(@PathVariable String id, @RequestParam(required = false) String token, HttpSession session,
            RedirectAttributes flash, Locale locale) {
        session.removeAttribute(IMPORT_SESSION_KEY + token);
        flash.addFlashAttribute("notice", views.text("enrolment.flash.import-cancelled", locale));
        return "redirect:/enrolment/programmes/" + id + "#import";
    }

    /** A student list row kept in the session between preview and apply. */
    record PendingRow(int line, String name, String gender, String ethnicity, String nationalId, String region,
            String county, String poverty, String school, String major, String cohortYear) implements Serializable {

        static PendingRow of(StudentRow r) {
            return new PendingRow(r.line(), r.name(), r.gender(), r.ethnicity(), r.nationalId(), r.region(),
                    r.county(), r.poverty(), r.school(), r.major(), r.cohortYear());
        }

        StudentRow row() {
            return new StudentRow(line, name, gender, ethnicity, nationalId, region, county, poverty, school, major,
                    cohortYear);
        }
    }

    record PendingImport(String programme, String filename, List<PendingRow> rows) implements Serializable {
    }

    /** One row of the preview: who, where, and the stage they will be registered in. */
    record ImportLine(int line, String name, String maskedNationalId, String school, String major, StudentStage stage,
            String stageName, boolean awaiting) implements Serializable {
    }

    record ProblemLine(int line, String message) implements Serializable {
    }

    private List<ImportLine> entries(StudentImport preview, Locale locale) {
        return preview.students().stream().map(e -> new ImportLine(e.line(), e.name(), e.maskedNationalId(),
                e.hostSchool(), e.major(), e.stage(), views.stageName(e.stage().name(), locale),
                e.stage() == StudentStage.AWAITING_APPROVAL)).toList();
    }

    private List<ProblemLine> problems(StudentImportRejected rejected, Locale locale) {
        return rejected.problems().stream().map(p -> new ProblemLine(p.line(),
                views.refusal(p.messageKey(), p.arguments().toArray(), locale))).toList();
    }

    @GetMapping("/students-template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        var out = new ByteArrayOutputStream();
        files.writeTemplate(out);
        var name = views.text("enrolment.page.import.template-file", locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    // ---- a student's page -----------------------------------------------------------------------------------------

    @GetMapping("/students/{id}")
    String student(@PathVariable String id, Model model, Locale locale) {
        var details = queries.student(StudentId.parse(id))
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.student.not-found"));
        var summary = details.student();
        var programme = programmes.programme(summary.programme())
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found")).programme();
        model.addAttribute("details", details);
        model.addAttribute("s", views.student(summary, locale));
        model.addAttribute("p", views.programme(programme, locale));
        model.addAttribute("changes", views.changes(details.changes(), locale));
        model.addAttribute("grants", details.subsidies().stream()
                .sorted(Comparator.comparing(SubsidyView::term).reversed()).map(g -> views.subsidy(g, locale))
                .toList());
        model.addAttribute("grantTotal", EnrolmentPageViews.yuan(details.subsidies().stream().map(SubsidyView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        model.addAttribute("moves", moves(details, programme.kind().entryStage(), locale));
        if (details.mayGrant()) {
            var granted = details.subsidies().stream().map(SubsidyView::term).toList();
            var terms = EnrolmentPageViews.terms(summary.cohortYear(), LocalDate.now(EnrolmentPageViews.SHANGHAI));
            model.addAttribute("terms", terms.stream().map(t -> new TermOption(t.code(), views.term(t, locale),
                    granted.contains(t))).toList());
            // The term after the last one granted, as grants go term by term; else the latest not yet granted.
            var next = granted.stream().max(Comparator.naturalOrder())
                    .map(t -> t.half() == 1 ? new Term(t.academicYear(), 2) : new Term(t.academicYear() + 1, 1))
                    .filter(t -> terms.contains(t) && !granted.contains(t));
            model.addAttribute("suggestedTerm", next.or(() -> terms.stream().filter(t -> !granted.contains(t))
                    .findFirst()).map(Term::code).orElse(null));
        }
        return "enrolment/student";
    }

    /** A move the user may make from here: to which stage, its button, whether it needs a reason or approves. */
    record Move(String to, String label, boolean withdrawal, boolean approval) {
    }

    record TermOption(String code, String label, boolean granted) {
    }

    private List<Move> moves(org.counterpart.enrolment.StudentDetails details, StudentStage entry, Locale locale) {
        var from = details.student().stage();
        return details.nextStages().stream().sorted().flatMap(to -> {
            var approval = from == StudentStage.AWAITING_APPROVAL && to != StudentStage.WITHDRAWN;
            if (approval ? !details.mayApprove() : !details.mayManage()) {
                return java.util.stream.Stream.empty();
            }
            var label = approval ? views.text("enrolment.page.move.approve", locale, views.stageName(to.name(), locale))
                    : views.text("enrolment.page.move." + to.name(), locale);
            return java.util.stream.Stream.of(new Move(to.name(), label, to == StudentStage.WITHDRAWN, approval));
        }).toList();
    }

    @PostMapping("/students/{id}/stage")
    String move(@PathVariable String id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
            RedirectAttributes flash, Locale locale) {
        try {
            var target = StudentStage.parse(to);
            var moved = manage.move(StudentId.parse(id), target, reason, parseVersion(version));
            flash.addFlashAttribute("notice", views.text("enrolment.flash.moved", locale, moved.student().name(),
                    views.stageName(target.name(), locale)));
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", views.refusal(rejected, locale));
        }
        return "redirect:/enrolment/students/" + id;
    }

    @PostMapping("/students/{id}/subsidies")
    String grant(@PathVariable String id, @RequestParam(required = false) String term,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String purpose,
            RedirectAttributes flash, Locale locale) {
        try {
            if (blankToNull(term) == null) {
                throw EnrolmentRejected.invalid("enrolment.subsidy.term-required");
            }
            var granted = subsidies.grant(StudentId.parse(id), Term.parse(term), amount(amount), purpose);
            flash.addFlashAttribute("notice", views.text("enrolment.flash.granted", locale,
                    views.term(granted.term(), locale), EnrolmentPageViews.yuan(granted.amount())));
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", views.refusal(rejected, locale));
            flash.addFlashAttribute("grantForm", Map.of("term", term == null ? "" : term,
                    "amount", amount == null ? "" : amount, "purpose", purpose == null ? "" : purpose));
        }
        return "redirect:/enrolment/students/" + id + "#subsidies";
    }

    private static BigDecimal amount(String text) {
        var value = blankToNull(text);
        try {
            return value == null ? null : new BigDecimal(value.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.amount-invalid", "50000");
        }
    }

    /**
     * The full ID number, for ADMIN, with the reason; it is handed to the next page only (a flash attribute, never a
     * URL) and the reveal is recorded by the module.
     */
    @PostMapping("/students/{id}/reveal")
    String reveal(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes flash,
            Locale locale) {
        try {
            flash.addFlashAttribute("revealedNationalId", manage.revealNationalId(StudentId.parse(id), reason));
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", views.refusal(rejected, locale));
        }
        return "redirect:/enrolment/students/" + id;
    }
}
