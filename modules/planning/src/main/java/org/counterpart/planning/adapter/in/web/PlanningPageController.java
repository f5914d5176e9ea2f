package org.counterpart.planning.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.counterpart.directory.Directory;
import org.counterpart.planning.ManagePlans;
import org.counterpart.planning.PlanImportRejected;
import org.counterpart.planning.PlanImportStatus;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.RunPlanImports;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskRef;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskTransition;
import org.counterpart.planning.WorkOnTasks;
import org.counterpart.planning.adapter.in.files.PlanFiles;
import org.counterpart.sheets.SheetRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * 任务规划 pages: a year's task list (filters update the table in place), a task's page (status, milestones,
 * progress, history), import with a preview before anything changes, export, roll-over.
 */
@Controller
@RequestMapping("/planning")
class PlanningPageController {

    static final int PAGE_SIZE = 20;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String IMPORT_SESSION_KEY = "planning.import.";

    private final PlanQueries queries;
    private final WorkOnTasks work;
    private final ManagePlans plans;
    private final PlanFiles files;
    private final Directory directory;
    private final PlanningMessages messages;
    private final RunPlanImports imports;
    private final Duration answerWithin;

    PlanningPageController(PlanQueries queries, WorkOnTasks work, ManagePlans plans, PlanFiles files,
            Directory directory, PlanningMessages messages, RunPlanImports imports,
            @Value("${counterpart.planning.import.answer-within:500ms}") Duration answerWithin) {
        this.queries = queries;
        this.work = work;
        this.plans = plans;
        this.files = files;
        this.directory = directory;
        this.messages = messages;
        this.imports = imports;
        this.answerWithin = answerWithin;
    }

    @ModelAttribute("section")
    String section() {
        return "planning";
    }

    /** The latest plan's tasks, or the way to start one. */
    @GetMapping
    String index(Model model) {
        var all = queries.plans();
        if (all.isEmpty()) {
            model.addAttribute("currentYear", LocalDate.now(SHANGHAI).getYear());
            return "planning/index";
        }
        return "redirect:/planning/" + all.get(0).year();
    }

    @GetMapping("/{year}")
    String plan(@PathVariable int year, @ModelAttribute TaskFilter filter, Model model, Locale locale) {
        var plan = queries.plan(year).orElseThrow(() -> PlanningRejected.notFound("planning.plan.not-found", year));
        model.addAttribute("plan", plan);
        model.addAttribute("plans", queries.plans());
        addTasks(model, year, filter, locale);
        return "planning/plan";
    }

    /** The task table alone, for htmx to swap in as the user filters, sorts and pages. */
    @GetMapping("/{year}/tasks")
    String tasks(@PathVariable int year, @ModelAttribute TaskFilter filter, Model model, Locale locale) {
        addTasks(model, year, filter, locale);
        return "planning/plan :: task-table";
    }

    @GetMapping("/{year}/tasks/{number}")
    String task(@PathVariable int year, @PathVariable int number, Model model, Locale locale) {
        var details = queries.task(new TaskRef(year, number))
                .orElseThrow(() -> PlanningRejected.notFound("planning.task.not-found", year, number));
        var labels = new DirectoryLabels(directory, locale);
        model.addAttribute("details", details);
        model.addAttribute("task", TaskView.of(details.task(), labels));
        model.addAttribute("changes", details.changes().stream()
                .map(c -> new ChangeLine(LocalDateTime.ofInstant(c.at(), SHANGHAI), c.by(), c.field(), c.before(),
                        c.after()))
                .toList());
        model.addAttribute("today", LocalDate.now(SHANGHAI));
        model.addAttribute("planTitle", queries.plan(year).map(p -> p.title()).orElse(""));
        return "planning/task";
    }

    record ChangeLine(LocalDateTime at, String by, String field, String before, String after) {
    }

    @PostMapping("/{year}/tasks/{number}/transitions")
    String transition(@PathVariable int year, @PathVariable int number, @RequestParam String transition,
            @RequestParam(required = false) String reason, @RequestParam long version, RedirectAttributes flash,
            Locale locale) {
        return act(year, number, flash, locale, "planning.flash.status-changed", () -> work.transition(
                new TaskRef(year, number), PlanningApiController.parseTransition(transition), reason, version));
    }

    @PostMapping("/{year}/tasks/{number}/milestones")
    String addMilestone(@PathVariable int year, @PathVariable int number, @RequestParam(required = false) String title,
            @RequestParam(required = false) LocalDate due, @RequestParam long version, RedirectAttributes flash,
            Locale locale) {
        return act(year, number, flash, locale, "planning.flash.milestone-added",
                () -> work.addMilestone(new TaskRef(year, number), title, due, version));
    }

    @PostMapping("/{year}/tasks/{number}/milestones/{milestone}/reached")
    String reachMilestone(@PathVariable int year, @PathVariable int number, @PathVariable UUID milestone,
            @RequestParam(required = false) LocalDate reachedOn, @RequestParam long version, RedirectAttributes flash,
            Locale locale) {
        return act(year, number, flash, locale, "planning.flash.milestone-reached", () -> work.reachMilestone(
                new TaskRef(year, number), milestone, reachedOn == null ? LocalDate.now(SHANGHAI) : reachedOn,
                version));
    }

    @PostMapping("/{year}/tasks/{number}/progress")
    String recordProgress(@PathVariable int year, @PathVariable int number,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) String text,
            RedirectAttributes flash, Locale locale) {
        return act(year, number, flash, locale, "planning.flash.progress-recorded", () -> work.recordProgress(
                new TaskRef(year, number), date == null ? LocalDate.now(SHANGHAI) : date, text));
    }

    @GetMapping("/{year}/import")
    @PreAuthorize("hasRole('ADMIN')")
    String importForm(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        return "planning/import";
    }

    /** Reads the file and shows what importing it would do; the rows wait in the session until applied. */
    @PostMapping(path = "/{year}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    String preview(@PathVariable int year, @RequestParam("file") MultipartFile file, Model model, HttpSession session,
            Locale locale) throws IOException {
        model.addAttribute("year", year);
        model.addAttribute("filename", file.getOriginalFilename());
        try (var in = file.getInputStream()) {
            var rows = files.read(file.getOriginalFilename(), in);
            var preview = plans.preview(year, rows);
            var token = UUID.randomUUID().toString();
            session.setAttribute(IMPORT_SESSION_KEY + token, new PendingImport(year, List.copyOf(rows)));
            model.addAttribute("preview", preview);
            model.addAttribute("token", token);
        } catch (SheetRejected rejected) {
            model.addAttribute("fileError", messages.text(rejected.messageKey(), rejected.arguments(), locale));
        } catch (PlanImportRejected rejected) {
            model.addAttribute("problems", rejected.problems().stream()
                    .map(p -> new ProblemLine(p.line(), messages.text(p.messageKey(), p.arguments().toArray(), locale)))
                    .toList());
        }
        return "planning/import";
    }

    record PendingImport(int year, List<PlanSheetRow> rows) implements java.io.Serializable {
    }

    record ProblemLine(int line, String message) {
    }

    @PostMapping("/{year}/import/apply")
    @PreAuthorize("hasRole('ADMIN')")
    String apply(@PathVariable int year, @RequestParam String token, HttpSession session, RedirectAttributes flash,
            Locale locale) {
        var pending = (PendingImport) session.getAttribute(IMPORT_SESSION_KEY + token);
        if (pending == null || pending.year() != year) {
            flash.addFlashAttribute("error", messages.text("planning.import.expired", null, locale));
            return "redirect:/planning/" + year + "/import";
        }
        session.removeAttribute(IMPORT_SESSION_KEY + token);
        var started = imports.start(year, pending::rows, answerWithin);
        if (started.status().state() == PlanImportStatus.State.DONE) {
            return imported(started.status(), flash, locale);
        }
        return "redirect:/planning/" + year + "/imports/" + started.status().id();
    }

    /**
     * An import under way: how far it has come, the page asking again every second (htmx) until it ends; done, the
     * plan with what it did; refused or cut short, why, and nothing imported.
     */
    @GetMapping("/{year}/imports/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String importStatus(@PathVariable int year, @PathVariable UUID id, Model model, RedirectAttributes flash,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var status = imports.status(year, id)
                .orElseThrow(() -> PlanningRejected.notFound("planning.import.not-found"));
        if (status.state() == PlanImportStatus.State.DONE) {
            if (request.getHeader("HX-Request") != null) {
                // The page asked in the background: let it come again as a page, to be sent on to the plan.
                response.setHeader("HX-Redirect", request.getRequestURI());
                return null;
            }
            return imported(status, flash, locale);
        }
        model.addAttribute("year", year);
        model.addAttribute("job", status);
        model.addAttribute("problems", status.problems().stream()
                .map(p -> new ProblemLine(p.line(), messages.text(p.messageKey(), p.arguments().toArray(), locale)))
                .toList());
        return "planning/import-status";
    }

    private String imported(PlanImportStatus status, RedirectAttributes flash, Locale locale) {
        flash.addFlashAttribute("notice", messages.text("planning.import.applied",
                new Object[] { status.added(), status.updated() }, locale));
        return "redirect:/planning/" + status.year();
    }

    @PostMapping("/{year}/rollover")
    @PreAuthorize("hasRole('ADMIN')")
    String rollOver(@PathVariable int year, RedirectAttributes flash, Locale locale) {
        try {
            var next = plans.rollOver(year);
            flash.addFlashAttribute("notice", messages.text("planning.plan.rolled-over",
                    new Object[] { year, next.year(), next.taskCount() }, locale));
            return "redirect:/planning/" + next.year();
        } catch (PlanningRejected rejected) {
            flash.addFlashAttribute("error", messages.text(rejected.messageKey(), rejected.arguments(), locale));
            return "redirect:/planning/" + year;
        }
    }

    @GetMapping("/{year}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable int year) throws IOException {
        var sheet = plans.sheet(year);
        var out = new ByteArrayOutputStream();
        files.writeXlsx(sheet.title(), sheet.rows(), out);
        return PlanningApiController.download(out.toByteArray(), year + "-plan.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{year}/export.csv")
    ResponseEntity<byte[]> exportCsv(@PathVariable int year) throws IOException {
        var sheet = plans.sheet(year);
        var out = new ByteArrayOutputStream();
        files.writeCsv(sheet.rows(), out);
        return PlanningApiController.download(out.toByteArray(), year + "-plan.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** A plan or task that is not there, or a filter that makes no sense, gets the error page it calls for. */
    @org.springframework.web.bind.annotation.ExceptionHandler(PlanningRejected.class)
    org.springframework.web.servlet.ModelAndView rejected(PlanningRejected rejected) {
        var view = switch (rejected.kind()) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> "error";
        };
        var status = switch (rejected.kind()) {
            case NOT_FOUND -> org.springframework.http.HttpStatus.NOT_FOUND;
            case FORBIDDEN -> org.springframework.http.HttpStatus.FORBIDDEN;
            case CONFLICT -> org.springframework.http.HttpStatus.CONFLICT;
            case INVALID -> org.springframework.http.HttpStatus.BAD_REQUEST;
        };
        var mav = new org.springframework.web.servlet.ModelAndView(view, status);
        mav.addObject("status", status.value());
        return mav;
    }

    /** Runs a change to a task and comes back to its page, with what happened or why not. */
    private String act(int year, int number, RedirectAttributes flash, Locale locale, String doneKey,
            Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", messages.text(doneKey, null, locale));
        } catch (PlanningRejected rejected) {
            if (rejected.kind() == PlanningRejected.Kind.FORBIDDEN) {
                throw new org.springframework.security.access.AccessDeniedException(rejected.messageKey());
            }
            flash.addFlashAttribute("error", messages.text(rejected.messageKey(), rejected.arguments(), locale));
        }
        return "redirect:/planning/" + year + "/tasks/" + number;
    }

    private void addTasks(Model model, int year, TaskFilter filter, Locale locale) {
        var query = filter.toQuery(year, PAGE_SIZE);
        var page = filter.isMine() ? queries.myTasks(query) : queries.tasks(query);
        var labels = new DirectoryLabels(directory, locale);
        model.addAttribute("year", year);
        model.addAttribute("filter", filter);
        model.addAttribute("tasks", page.items().stream().map(t -> TaskView.of(t, labels)).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("page", query.page());
        model.addAttribute("lastPage", (int) Math.max(0, (page.total() - 1) / query.size()));
        model.addAttribute("regions", labels.allRegions);
        model.addAttribute("offices", labels.allOffices);
        model.addAttribute("units", labels.allUnits);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sorts", TaskQuery.Sort.values());
        model.addAttribute("transitions", TaskTransition.values());
    }
}
