package org.counterpart.planning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Role;
import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.directory.UserContext;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.ProgressRecorded;
import org.counterpart.planning.TaskDetails;
import org.counterpart.planning.TaskDetails.ChangeView;
import org.counterpart.planning.TaskDetails.MilestoneView;
import org.counterpart.planning.TaskDetails.ProgressView;
import org.counterpart.planning.TaskPage;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskRef;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.planning.TaskSummary;
import org.counterpart.planning.TaskTransition;
import org.counterpart.planning.WorkOnTasks;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.Plans;
import org.counterpart.planning.domain.Task;
import org.counterpart.planning.domain.TaskPermissions;
import org.counterpart.planning.domain.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans and tasks, and moving tasks along — as the signed-in user may. */
@Service
@Transactional(readOnly = true)
class TaskService implements PlanQueries, WorkOnTasks {

    /** The commission's days are Shanghai's: a milestone is overdue from the next Shanghai morning. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Plans plans;
    private final Tasks tasks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeptByRevision kept = new KeptByRevision();

    TaskService(Plans plans, Tasks tasks, CurrentUser currentUser, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<PlanSummary> plans() {
        return plans.all().stream().map(this::summary).toList();
    }

    /** Kept until the plan's revision moves: a request then reads the revision alone (by primary key). */
    @Override
    public Optional<PlanSummary> plan(int year) {
        var planYear = new Plan.Year(year);
        var revision = plans.revision(planYear);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(kept.answer(PlanSummary.class, year, revision.getAsLong(),
                () -> summary(plans.byYear(planYear).orElseThrow())));
    }

    /** Kept until the plan's revision moves; the day is part of the question (what is overdue depends on it). */
    @Override
    public TaskPage tasks(TaskQuery query) {
        var revision = revision(query.year());
        return revision.isEmpty() ? tasks.find(query)
                : kept.answer(query, query.year(), revision.getAsLong(), () -> tasks.find(query));
    }

    /** A year no plan can have has no revision (a task list of it is empty, as before there were revisions). */
    private OptionalLong revision(int year) {
        return year < Plan.FIRST_YEAR || year > Plan.LAST_YEAR ? OptionalLong.empty()
                : plans.revision(new Plan.Year(year));
    }

    @Override
    public TaskPage myTasks(TaskQuery query) {
        var user = currentUser.require();
        var mine = switch (user.role()) {
            case OFFICE -> new TaskQuery(query.year(), query.region(), user.office(), query.unit(), query.status(),
                    query.overdueOnly(), query.text(), query.sort(), query.today(), query.page(), query.size());
            case UNIT -> new TaskQuery(query.year(), query.region(), query.office(), user.unit(), query.status(),
                    query.overdueOnly(), query.text(), query.sort(), query.today(), query.page(), query.size());
            default -> query;
        };
        return tasks(mine);
    }

    @Override
    public Optional<TaskDetails> task(TaskRef ref) {
        return tasks.byNumber(ref.year(), ref.number()).map(task -> details(task, currentUser.get().orElse(null)));
    }

    @Override
    @Transactional
    public TaskDetails transition(TaskRef ref, TaskTransition transition, String reason, long seenVersion) {
        var user = currentUser.require();
        var task = load(ref);
        if (!TaskPermissions.mayChangeStatus(user, task)) {
            throw PlanningRejected.forbidden("planning.task.forbidden.status");
        }
        requireVersion(task, seenVersion);
        var from = task.status();
        task.apply(transition, reason);
        save(task, user);
        events.publishEvent(new TaskStatusChanged(task.getId(), task.year(), task.number(), from, task.status(),
                clock.instant(), user.office()));
        return details(reload(task), user);
    }

    @Override
    @Transactional
    public TaskDetails addMilestone(TaskRef ref, String title, LocalDate due, long seenVersion) {
        var user = currentUser.require();
        var task = load(ref);
        if (!TaskPermissions.mayManageMilestones(user, task)) {
            throw PlanningRejected.forbidden("planning.task.forbidden.milestones");
        }
        requireVersion(task, seenVersion);
        task.addMilestone(title, due);
        save(task, user);
        return details(reload(task), user);
    }

    @Override
    @Transactional
    public TaskDetails reachMilestone(TaskRef ref, UUID milestone, LocalDate reachedOn, long seenVersion) {
        var user = currentUser.require();
        var task = load(ref);
        if (!TaskPermissions.mayManageMilestones(user, task)) {
            throw PlanningRejected.forbidden("planning.task.forbidden.milestones");
        }
        requireVersion(task, seenVersion);
        var reached = task.reachMilestone(milestone, reachedOn);
        save(task, user);
        events.publishEvent(new MilestoneReached(task.getId(), task.year(), task.number(), reached.id(), reached.due(),
                reached.reachedOn()));
        return details(reload(task), user);
    }

    @Override
    @Transactional
    public TaskDetails recordProgress(TaskRef ref, LocalDate date, String text) {
        var user = currentUser.require();
        var task = tasks.byNumber(ref.year(), ref.number())
                .orElseThrow(() -> PlanningRejected.notFound("planning.task.not-found", ref.year(), ref.number()));
        if (!TaskPermissions.mayRecordProgress(user, task)) {
            throw PlanningRejected.forbidden("planning.task.forbidden.progress");
        }
        var entry = task.recordProgress(date, user.displayName(), text);
        tasks.addProgress(task.getId(), entry);
        events.publishEvent(new ProgressRecorded(task.getId(), TimeOrderedIds.next(), task.year(), task.number(),
                entry.date()));
        return details(task, user);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    private Task load(TaskRef ref) {
        return tasks.byNumber(ref.year(), ref.number())
                .orElseThrow(() -> PlanningRejected.notFound("planning.task.not-found", ref.year(), ref.number()));
    }

    /** Checked after the permission, so that who may not act learns nothing about the task's state. */
    private static void requireVersion(Task task, long seenVersion) {
        if (task.version() != seenVersion) {
            throw PlanningRejected.conflict("planning.task.changed-meanwhile", task.number());
        }
    }

    private void save(Task task, UserContext user) {
        var changes = task.drainChanges();
        tasks.update(task);
        tasks.recordChanges(task.getId(), changes, user.displayName(), clock.instant());
    }

    private Task reload(Task task) {
        return tasks.byNumber(task.year(), task.number()).orElseThrow();
    }

    private PlanSummary summary(Plan plan) {
        var byStatus = new EnumMap<TaskStatus, Long>(TaskStatus.class);
        Arrays.stream(TaskStatus.values()).forEach(s -> byStatus.put(s, 0L));
        byStatus.putAll(tasks.countByStatus(plan.year()));
        return new PlanSummary(plan.year(), plan.title(), plan.noticeNumber(), plan.noticeDate(),
                Collections.unmodifiableMap(byStatus));
    }

    private TaskDetails details(Task task, UserContext user) {
        var today = today();
        var content = task.content();
        var summary = new TaskSummary(task.getId(), task.year(), task.number(), content.regions(), content.places(),
                content.name(), content.leadOffice(), content.coOffices(), content.andOtherOffices(), content.units(),
                content.requirements(), task.status(), task.overdueMilestones(today).size(), task.version());
        var mayChange = user != null && TaskPermissions.mayChangeStatus(user, task);
        var transitions = mayChange
                ? Arrays.stream(TaskTransition.values()).filter(t -> t.isAllowedFrom(task.status()))
                        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(TaskTransition.class)))
                : java.util.EnumSet.noneOf(TaskTransition.class);
        return new TaskDetails(summary, content.references(), task.statusReason(),
                task.milestones().stream().map(m -> new MilestoneView(m.id(), m.title(), m.due(), m.reachedOn(),
                        m.isOverdue(today))).toList(),
                tasks.progressOf(task.getId()).stream().map(p -> new ProgressView(p.date(), p.author(), p.text()))
                        .toList(),
                tasks.changesOf(task.getId()).stream()
                        .map(c -> new ChangeView(c.at(), c.by(), c.field(), c.before(), c.after())).toList(),
                transitions, mayChange && !task.status().isFinal(),
                user != null && TaskPermissions.mayRecordProgress(user, task) && user.role() != Role.VIEWER);
    }
}
