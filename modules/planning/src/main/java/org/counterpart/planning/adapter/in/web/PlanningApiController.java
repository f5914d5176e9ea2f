package org.counterpart.planning.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.counterpart.directory.Directory;
import org.counterpart.planning.ManagePlans;
import org.counterpart.planning.PlanImportRejected;
import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanImportStatus;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.RunPlanImports;
import org.counterpart.planning.TaskDetails;
import org.counterpart.planning.TaskRef;
import org.counterpart.planning.TaskTransition;
import org.counterpart.planning.WorkOnTasks;
import org.counterpart.planning.adapter.in.files.PlanFiles;
import org.counterpart.sheets.SheetRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 任务规划 as JSON: plans, their tasks (filtered, sorted, paged), a task's transitions, milestones and progress,
 * import (with a dry run) and export. Lists are {@code {"items": [...], "total": n}}.
 */
@RestController
@RequestMapping("/api/planning/plans")
@Tag(name = "planning", description = "任务规划 — the years' plans and their tasks (Attachment 2)")
class PlanningApiController {

    private final PlanQueries queries;
    private final WorkOnTasks work;
    private final ManagePlans plans;
    private final PlanFiles files;
    private final Directory directory;
    private final RunPlanImports imports;
    private final PlanningMessages messages;
    private final Duration answerWithin;

    PlanningApiController(PlanQueries queries, WorkOnTasks work, ManagePlans plans, PlanFiles files,
            Directory directory, RunPlanImports imports, PlanningMessages messages,
            @Value("${counterpart.planning.import.answer-within:500ms}") Duration answerWithin) {
        this.queries = queries;
        this.work = work;
        this.plans = plans;
        this.files = files;
        this.directory = directory;
        this.imports = imports;
        this.messages = messages;
        this.answerWithin = answerWithin;
    }

    record ListPage<T>(List<T> items, long total) {
    }

    record TransitionRequest(String transition, String reason, Long version) {
    }

    record MilestoneRequest(String title, LocalDate due, Long version) {
    }

    record ReachedRequest(LocalDate reachedOn, Long version) {
    }

    record ProgressRequest(LocalDate date, String text) {
    }

    record TaskResource(TaskView task, List<String> references, String statusReason,
            List<TaskDetails.MilestoneView> milestones, List<TaskDetails.ProgressView> progress,
            List<TaskDetails.ChangeView> changes, List<TaskTransition> transitions) {
    }

    @GetMapping
    @Operation(summary = "The years' plans, the newest first, with their tasks counted by status")
    ListPage<PlanSummary> plans() {
        var all = queries.plans();
        return new ListPage<>(all, all.size());
    }

    @GetMapping("/{year}/tasks")
    @Operation(summary = "A plan's tasks: filter by region, office (lead or co), unit, status, overdue, text (q); "
            + "sort by number, name, status, number_desc; mine=true for the caller's office or unit")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "a partner region or place code")
    @Parameter(name = "office", in = ParameterIn.QUERY, description = "an office code (lead or co-lead)")
    @Parameter(name = "unit", in = ParameterIn.QUERY, description = "a unit code")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "PLANNED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED")
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = "true: only tasks with overdue milestones")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "text in the project or its requirements")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "number, name, status or number_desc")
    @Parameter(name = "mine", in = ParameterIn.QUERY, description = "true: the caller's office's or unit's tasks")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "zero-based")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 200, 50 if not given")
    ListPage<TaskView> tasks(@PathVariable int year,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters, Locale locale) {
        var filter = TaskFilter.of(parameters);
        var query = filter.toQuery(year, 50);
        var page = filter.isMine() ? queries.myTasks(query) : queries.tasks(query);
        if (page.items().isEmpty()) {
            // Only an empty page asks whether the year has a plan at all (404): one with tasks shows it has.
            requirePlan(year);
        }
        var labels = new DirectoryLabels(directory, locale);
        return new ListPage<>(page.items().stream().map(t -> TaskView.of(t, labels)).toList(), page.total());
    }

    @GetMapping("/{year}/tasks/{number}")
    @Operation(summary = "One task with its milestones, progress log and recorded changes")
    TaskResource task(@PathVariable int year, @PathVariable int number, Locale locale) {
        return resource(queries.task(new TaskRef(year, number))
                .orElseThrow(() -> PlanningRejected.notFound("planning.task.not-found", year, number)), locale);
    }

    @PostMapping("/{year}/tasks/{number}/transitions")
    @Operation(summary = "Move the task: START, COMPLETE, DELAY (reason), RESUME, CANCEL (reason); "
            + "version is the task's version the caller saw")
    TaskResource transition(@PathVariable int year, @PathVariable int number, @RequestBody TransitionRequest request,
            Locale locale) {
        var transition = parseTransition(request.transition());
        return resource(work.transition(new TaskRef(year, number), transition, request.reason(),
                requireVersion(request.version())), locale);
    }

    @PostMapping("/{year}/tasks/{number}/milestones")
    @Operation(summary = "Add a milestone with its due day")
    ResponseEntity<TaskResource> addMilestone(@PathVariable int year, @PathVariable int number,
            @RequestBody MilestoneRequest request, Locale locale) {
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(work.addMilestone(new TaskRef(year, number),
                request.title(), request.due(), requireVersion(request.version())), locale));
    }

    @PostMapping("/{year}/tasks/{number}/milestones/{milestone}/reached")
    @Operation(summary = "Mark a milestone reached on a day")
    TaskResource reachMilestone(@PathVariable int year, @PathVariable int number, @PathVariable UUID milestone,
            @RequestBody ReachedRequest request, Locale locale) {
        return resource(work.reachMilestone(new TaskRef(year, number), milestone, request.reachedOn(),
                requireVersion(request.version())), locale);
    }

    @PostMapping("/{year}/tasks/{number}/progress")
    @Operation(summary = "Record progress: the day and what happened")
    ResponseEntity<TaskResource> recordProgress(@PathVariable int year, @PathVariable int number,
            @RequestBody ProgressRequest request, Locale locale) {
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(
                work.recordProgress(new TaskRef(year, number), request.date(), request.text()), locale));
    }

    @PostMapping(path = "/{year}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a plan from .xlsx or .csv laid out like Attachment 2 (field 'file'); dryRun=true "
            + "answers what would be added and updated without changing anything. The import runs as a job: ended "
            + "within counterpart.planning.import.answer-within (0.5 s), it answers 200 with what it did, or 422 with "
            + "the reasons by line when any row is wrong (nothing imported); still running, it answers 202 with the "
            + "job, to be followed at its Location")
    ResponseEntity<?> importPlan(@PathVariable int year, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Locale locale) throws IOException {
        if (dryRun) {
            try (var in = file.getInputStream()) {
                return ResponseEntity.ok(plans.preview(year, files.read(file.getOriginalFilename(), in)));
            }
        }
        var started = imports.start(year, files.source(file.getOriginalFilename(), file.getBytes()), answerWithin);
        var status = started.status();
        return switch (status.state()) {
            case DONE -> ResponseEntity.ok(started.outcome().orElseThrow());
            case REFUSED -> throw refusal(status.problems());
            case FAILED, INTERRUPTED -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(importResource(status, locale));
            case QUEUED, RUNNING -> ResponseEntity.accepted()
                    .location(URI.create("/api/planning/plans/" + year + "/imports/" + status.id()))
                    .body(importResource(status, locale));
        };
    }

    @GetMapping("/{year}/imports/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Where an import stands: QUEUED, RUNNING (rows, written so far), DONE (added, updated, "
            + "unchanged), REFUSED (problems by line; nothing imported), FAILED or INTERRUPTED (nothing imported)")
    PlanImportResource importStatus(@PathVariable int year, @PathVariable UUID id, Locale locale) {
        return importResource(imports.status(year, id)
                .orElseThrow(() -> PlanningRejected.notFound("planning.import.not-found")), locale);
    }

    /** A file that could not be read is refused as such (422 with its reason); wrong rows, line by line. */
    private static RuntimeException refusal(List<Problem> problems) {
        if (problems.size() == 1 && problems.get(0).line() == 0
                && problems.get(0).messageKey().startsWith(SheetRejected.KEY_PREFIX)) {
            return new SheetRejected(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
        }
        return new PlanImportRejected(problems);
    }

    /** An import as the API shows it, its state and problems told in the caller's language. */
    record PlanImportResource(UUID id, int year, PlanImportStatus.State state, String message, String requestedBy,
            int rows, int written, int added, int updated, int unchanged, List<Map<String, Object>> problems,
            Instant startedAt, Instant finishedAt) {
    }

    private PlanImportResource importResource(PlanImportStatus s, Locale locale) {
        return new PlanImportResource(s.id(), s.year(), s.state(), messages.text(s.messageKey(), new Object[] { s.rows(), s.written(), s.added(),
                        s.updated(), s.unchanged(), s.problems().size() }, locale),
                s.requestedBy(), s.rows(), s.written(), s.added(), s.updated(), s.unchanged(),
                PlanningErrors.problems(s.problems(), messages, locale), s.startedAt(), s.finishedAt());
    }

    @PostMapping("/{year}/rollover")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Start next year's plan as a copy of this one, every task planned again")
    ResponseEntity<PlanSummary> rollOver(@PathVariable int year) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.rollOver(year));
    }

    @GetMapping("/{year}/export.xlsx")
    @Operation(summary = "The plan as an Excel workbook laid out like Attachment 2")
    ResponseEntity<byte[]> exportXlsx(@PathVariable int year) throws IOException {
        var sheet = plans.sheet(year);
        var out = new ByteArrayOutputStream();
        files.writeXlsx(sheet.title(), sheet.rows(), out);
        return download(out.toByteArray(), year + "-plan.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{year}/export.csv")
    @Operation(summary = "The plan as CSV (UTF-8 with BOM) laid out like Attachment 2")
    ResponseEntity<byte[]> exportCsv(@PathVariable int year) throws IOException {
        var sheet = plans.sheet(year);
        var out = new ByteArrayOutputStream();
        files.writeCsv(sheet.rows(), out);
        return download(out.toByteArray(), year + "-plan.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private void requirePlan(int year) {
        if (queries.plan(year).isEmpty()) {
            throw PlanningRejected.notFound("planning.plan.not-found", year);
        }
    }

    static TaskTransition parseTransition(String value) {
        try {
            return TaskTransition.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlanningRejected.invalid("planning.task.transition.unknown", value);
        }
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw PlanningRejected.invalid("planning.task.version-required");
        }
        return version;
    }

    private TaskResource resource(TaskDetails details, Locale locale) {
        var labels = new DirectoryLabels(directory, locale);
        return new TaskResource(TaskView.of(details.task(), labels), details.references(), details.statusReason(),
                details.milestones(), details.progress(), details.changes(), List.copyOf(details.transitions()));
    }
}
