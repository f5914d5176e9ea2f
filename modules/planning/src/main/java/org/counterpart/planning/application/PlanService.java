package org.counterpart.planning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.counterpart.planning.ImportPreview;
import org.counterpart.planning.ManagePlans;
import org.counterpart.planning.PlanImportRejected;
import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanRolledOver;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.planning.PlanSummary;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.domain.Attachment2Cells;
import org.counterpart.planning.domain.KnownNames;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.Plans;
import org.counterpart.planning.domain.Task;
import org.counterpart.planning.domain.TaskChange;
import org.counterpart.planning.domain.TaskContent;
import org.counterpart.planning.domain.TaskPermissions;
import org.counterpart.planning.domain.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whole plans: starting one, rolling it over, importing and exporting it as Attachment 2 lays it out. */
@Service
@Transactional(readOnly = true)
class PlanService implements ManagePlans {

    /** Who is named in the record of changes made with no one signed in (the demo plan, loaded at start-up). */
    static final String SYSTEM = "system";

    /** An import's tasks are written, and its progress told, this many at a time. */
    static final int WRITTEN_TOGETHER = 1_000;

    private final Plans plans;
    private final Tasks tasks;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final PlanQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(Plans plans, Tasks tasks, Directory directory, CurrentUser currentUser, PlanQueries queries,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.directory = directory;
        this.currentUser = currentUser;
        this.queries = queries;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public PlanSummary create(int year, String title, String noticeNumber, LocalDate noticeDate) {
        requireManager();
        var plan = new Plan(new Plan.Year(year), title, noticeNumber, noticeDate);
        if (plans.byYear(plan.getId()).isPresent()) {
            throw PlanningRejected.invalid("planning.plan.exists", year);
        }
        plans.add(plan);
        return queries.plan(year).orElseThrow();
    }

    @Override
    @Transactional
    public PlanSummary rollOver(int fromYear) {
        var user = requireManager();
        var from = plans.byYear(new Plan.Year(fromYear))
                .orElseThrow(() -> PlanningRejected.notFound("planning.plan.not-found", fromYear));
        var next = from.rolledOverTo(new Plan.Year(fromYear + 1));
        if (plans.byYear(next.getId()).isPresent()) {
            throw PlanningRejected.invalid("planning.plan.exists", next.year());
        }
        plans.add(next);
        var copies = tasks.ofPlan(fromYear).stream().map(t -> t.rolledOverTo(next.year())).toList();
        tasks.addAll(copies);
        recordCreation(copies, user == null ? SYSTEM : user.displayName(), "rolled-over:" + fromYear);
        copies.forEach(this::announce);
        events.publishEvent(new PlanRolledOver(fromYear, next.year(), copies.size()));
        return queries.plan(next.year()).orElseThrow();
    }

    @Override
    public ImportPreview preview(int year, List<PlanSheetRow> rows) {
        requireManager();
        return compare(year, read(rows)).preview();
    }

    @Override
    @Transactional
    public ImportPreview importRows(int year, List<PlanSheetRow> rows) {
        return write(year, rows, managerName(), ImportProgress.UNFOLLOWED);
    }

    /**
     * Checks the rows and writes them into the year's plan (creating it when needed), in the caller's transaction,
     * telling {@code progress} how far it has come: every row is checked before anything is written, so a refusal
     * leaves the transaction untouched.
     *
     * @param by who the record of changes names
     * @throws PlanImportRejected listing every wrong row by its line
     */
    ImportPreview write(int year, List<PlanSheetRow> rows, String by, ImportProgress progress) {
        var comparison = compare(year, read(rows));
        progress.checked(comparison.added().size() + comparison.updated().size() + comparison.unchanged().size());
        if (comparison.newPlan()) {
            plans.add(new Plan(new Plan.Year(year), year + "年工作任务", null, null));
        }
        int written = 0;
        var incoming = comparison.added();
        for (int from = 0; from < incoming.size(); from += WRITTEN_TOGETHER) {
            var added = incoming.subList(from, Math.min(incoming.size(), from + WRITTEN_TOGETHER)).stream()
                    .map(r -> Task.plan(year, r.number(), r.content())).toList();
            tasks.addAll(added);
            recordCreation(added, by, "imported");
            added.forEach(this::announce);
            written += added.size();
            progress.written(written);
        }
        for (var update : comparison.updated()) {
            var task = update.existing();
            task.revise(update.incoming().content());
            var changes = task.drainChanges();
            tasks.update(task);
            tasks.recordChanges(task.getId(), changes, by, clock.instant());
            if (++written % WRITTEN_TOGETHER == 0) {
                progress.written(written);
            }
        }
        return comparison.preview();
    }

    /** Who the record of changes names for the signed-in user, who must be allowed to manage plans. */
    String managerName() {
        var user = requireManager();
        return user == null ? SYSTEM : user.displayName();
    }

    @Override
    public PlanSheet sheet(int year) {
        var plan = plans.byYear(new Plan.Year(year))
                .orElseThrow(() -> PlanningRejected.notFound("planning.plan.not-found", year));
        var names = new DirectoryNames(directory);
        var rows = new ArrayList<PlanSheetRow>();
        int line = 2;
        for (var task : tasks.ofPlan(year)) {
            var content = task.content();
            var responsible = content.offices().stream().map(names::nameOf).collect(Collectors.joining("、"))
                    + (content.andOtherOffices() ? "等" : "")
                    + (content.units().isEmpty() ? ""
                            : "（" + content.units().stream().map(names::nameOf).collect(Collectors.joining("、")) + "）");
            rows.add(new PlanSheetRow(line++, String.valueOf(task.number()),
                    content.regions().stream().map(names::nameOf).collect(Collectors.joining("、")), content.name(),
                    responsible, content.requirements()));
        }
        return new PlanSheet(plan.title(), rows);
    }

    /** A task's first recorded change is its creation: by whom, and how (imported, or rolled over from a year). */
    private void recordCreation(List<Task> created, String by, String how) {
        var at = clock.instant();
        tasks.recordChangeOfEach(created.stream().map(Task::getId).toList(), new TaskChange("created", null, how), by, at);
    }

    private void announce(Task task) {
        events.publishEvent(new TaskPlanned(task.getId(), task.year(), task.number(), task.content().regions(),
                task.leadOffice()));
    }

    /** The signed-in ADMIN; nobody signed in is the application itself, loading its demo plan. */
    private UserContext requireManager() {
        var user = currentUser.get();
        if (user.isPresent() && !TaskPermissions.mayManagePlans(user.get())) {
            throw PlanningRejected.forbidden("planning.plan.forbidden");
        }
        return user.orElse(null);
    }

    record IncomingTask(int line, int number, TaskContent content) {
    }

    record Update(Task existing, IncomingTask incoming, List<String> fields) {
    }

    record Comparison(int year, boolean newPlan, List<IncomingTask> added, List<Update> updated,
            List<IncomingTask> unchanged) {

        ImportPreview preview() {
            return new ImportPreview(year, newPlan,
                    added.stream().map(a -> new ImportPreview.Line(a.number(), a.content().name(), List.of())).toList(),
                    updated.stream().map(u -> new ImportPreview.Line(u.incoming().number(), u.incoming().content().name(),
                            u.fields())).toList(),
                    unchanged.stream().map(a -> new ImportPreview.Line(a.number(), a.content().name(), List.of()))
                            .toList());
        }
    }

    private Comparison compare(int year, List<IncomingTask> incoming) {
        var planYear = new Plan.Year(year);
        boolean newPlan = plans.byYear(planYear).isEmpty();
        Map<Integer, Task> existing = new HashMap<>();
        if (!newPlan) {
            tasks.ofPlan(year).forEach(t -> existing.put(t.number(), t));
        }
        var added = new ArrayList<IncomingTask>();
        var updated = new ArrayList<Update>();
        var unchanged = new ArrayList<IncomingTask>();
        for (var task : incoming) {
            var current = existing.get(task.number());
            if (current == null) {
                added.add(task);
            } else {
                var probe = new Task(current.getId(), year, current.number(), current.content(), current.status(),
                        current.statusBeforeDelay(), current.statusReason(), current.milestones(), current.version());
                probe.revise(task.content());
                var fields = probe.drainChanges().stream().map(c -> c.field()).distinct().toList();
                if (fields.isEmpty()) {
                    unchanged.add(task);
                } else {
                    updated.add(new Update(current, task, fields));
                }
            }
        }
        return new Comparison(year, newPlan, added, updated, unchanged);
    }

    /** Reads every row, collecting every problem of every row before refusing, so one round of fixes suffices. */
    private List<IncomingTask> read(List<PlanSheetRow> rows) {
        var names = new DirectoryNames(directory);
        var problems = new ArrayList<Problem>();
        var tasks = new ArrayList<IncomingTask>();
        var numbers = new HashMap<Integer, Integer>();
        // Made ready once for the whole file, not for each row.
        var placeNames = KnownNames.of(names.places().keySet());
        var officeNames = Attachment2Cells.officeNames(names.officeNamesAndAliases());
        for (var row : rows) {
            if (row.isBlank()) {
                continue;
            }
            var rowProblems = new ArrayList<Problem>();
            Integer number = null;
            if (row.number().isEmpty()) {
                rowProblems.add(problem(row, "planning.import.row.number-missing"));
            } else {
                try {
                    number = Integer.valueOf(row.number().replaceAll("\\.0+$", ""));
                    if (number < 1 || number > 100_000) {
                        rowProblems.add(problem(row, "planning.import.row.number-invalid", row.number()));
                        number = null;
                    } else if (numbers.containsKey(number)) {
                        rowProblems.add(problem(row, "planning.import.row.number-duplicate", number,
                                numbers.get(number)));
                    } else {
                        numbers.put(number, row.line());
                    }
                } catch (NumberFormatException e) {
                    rowProblems.add(problem(row, "planning.import.row.number-invalid", row.number()));
                }
            }
            var regions = new ArrayList<RegionCode>();
            var regionNames = Attachment2Cells.regionNames(row.regions());
            if (regionNames.isEmpty()) {
                rowProblems.add(problem(row, "planning.import.row.regions-missing"));
            }
            for (var name : regionNames) {
                names.partnerRegion(name).ifPresentOrElse(regions::add,
                        () -> rowProblems.add(problem(row, "planning.import.row.region-unknown", name)));
            }
            if (row.project().isEmpty()) {
                rowProblems.add(problem(row, "planning.import.row.project-missing"));
            } else if (row.project().length() > Task.MAX_NAME) {
                rowProblems.add(problem(row, "planning.import.row.project-too-long", Task.MAX_NAME));
            }
            if (row.requirements().length() > Task.MAX_REQUIREMENTS) {
                rowProblems.add(problem(row, "planning.import.row.requirements-too-long", Task.MAX_REQUIREMENTS));
            }
            var offices = new ArrayList<OfficeCode>();
            var units = new ArrayList<UnitCode>();
            boolean andOthers = false;
            if (row.responsible().isEmpty()) {
                rowProblems.add(problem(row, "planning.import.row.offices-missing"));
            } else {
                var responsibility = Attachment2Cells.responsibility(row.responsible(), officeNames);
                andOthers = responsibility.andOtherOffices();
                if (responsibility.offices().isEmpty()) {
                    rowProblems.add(problem(row, "planning.import.row.offices-missing"));
                }
                for (var name : responsibility.offices()) {
                    names.office(name).ifPresentOrElse(code -> {
                        if (!offices.contains(code)) {
                            offices.add(code);
                        }
                    }, () -> rowProblems.add(problem(row, "planning.import.row.office-unknown", name)));
                }
                for (var name : responsibility.units()) {
                    names.unit(name).ifPresentOrElse(code -> {
                        if (!units.contains(code)) {
                            units.add(code);
                        }
                    }, () -> rowProblems.add(problem(row, "planning.import.row.unit-unknown", name)));
                }
            }
            if (rowProblems.isEmpty()) {
                var text = row.project() + "\n" + row.requirements();
                var places = new LinkedHashSet<RegionCode>();
                Attachment2Cells.placesNamed(text, placeNames).forEach(p -> places.add(names.places().get(p)));
                var content = new TaskContent(regions, List.copyOf(places), row.project(), offices.get(0),
                        offices.subList(1, offices.size()), andOthers, units, row.requirements(),
                        Attachment2Cells.referencedTitles(row.requirements()));
                tasks.add(new IncomingTask(row.line(), number, content));
            }
            problems.addAll(rowProblems);
        }
        if (tasks.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "planning.import.no-rows", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new PlanImportRejected(problems);
        }
        return tasks;
    }

    private static Problem problem(PlanSheetRow row, String key, Object... arguments) {
        return new Problem(row.line(), key, List.of(arguments));
    }
}
