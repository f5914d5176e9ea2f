package org.counterpart.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskTransition;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 工作任务 — one numbered task of a year's plan, as Attachment 2 lays it out: where (regions and finer places),
 * what (the project and its work requirements, with the agreements and plans it refers to), who (a lead office,
 * co-responsible offices, undertaking units), and how far it has come (status, milestones).
 * <p>
 * Every change is kept as a {@link TaskChange} until the repository has recorded it, so nothing changes unrecorded.
 */
public final class Task implements AggregateRoot<Task, TaskId> {

    public static final int MAX_NAME = 200;
    public static final int MAX_REQUIREMENTS = 4000;
    public static final int MAX_REASON = 500;

    private final TaskId id;
    private final int year;
    private int number;
    private TaskContent content;
    private TaskStatus status;
    private TaskStatus statusBeforeDelay;
    private String statusReason;
    private final List<Milestone> milestones;
    private final long version;
    private final List<TaskChange> changes = new ArrayList<>();

    public Task(TaskId id, int year, int number, TaskContent content, TaskStatus status, TaskStatus statusBeforeDelay,
            String statusReason, List<Milestone> milestones, long version) {
        this.id = Objects.requireNonNull(id);
        this.year = year;
        this.number = number;
        this.content = Objects.requireNonNull(content);
        this.status = Objects.requireNonNull(status);
        this.statusBeforeDelay = statusBeforeDelay;
        this.statusReason = statusReason;
        this.milestones = new ArrayList<>(milestones);
        this.version = version;
    }

    /** A new task of a plan, planned. */
    public static Task plan(int year, int number, TaskContent content) {
        if (number < 1) {
            throw PlanningRejected.invalid("planning.task.number-invalid", number);
        }
        return new Task(TaskId.next(), year, number, content, TaskStatus.PLANNED, null, null, List.of(), 0);
    }

    /** The same task in next year's plan: same content and number, planned again, no milestones. */
    public Task rolledOverTo(int nextYear) {
        return new Task(TaskId.next(), nextYear, number, content, TaskStatus.PLANNED, null, null, List.of(), 0);
    }

    public void apply(TaskTransition transition, String reason) {
        if (!transition.isAllowedFrom(status)) {
            throw PlanningRejected.invalid("planning.task.transition.refused", transition.name(), status.name());
        }
        var why = reason == null ? "" : reason.strip();
        if (transition.needsReason() && why.isEmpty()) {
            throw PlanningRejected.invalid("planning.task.transition.reason-required", transition.name());
        }
        if (why.length() > MAX_REASON) {
            throw PlanningRejected.invalid("planning.task.transition.reason-too-long", MAX_REASON);
        }
        var before = status;
        switch (transition) {
            case START -> status = TaskStatus.IN_PROGRESS;
            case COMPLETE -> status = TaskStatus.COMPLETED;
            case DELAY -> {
                statusBeforeDelay = status;
                status = TaskStatus.DELAYED;
            }
            case RESUME -> {
                status = statusBeforeDelay == null ? TaskStatus.IN_PROGRESS : statusBeforeDelay;
                statusBeforeDelay = null;
            }
            case CANCEL -> status = TaskStatus.CANCELLED;
        }
        var oldReason = statusReason;
        statusReason = transition.needsReason() ? why : null;
        changes.add(new TaskChange("status", before.name(), status.name()));
        if (!Objects.equals(oldReason, statusReason)) {
            changes.add(new TaskChange("statusReason", oldReason, statusReason));
        }
    }

    /** Replaces what the task says (from an import), recording each field that differs. */
    public void revise(TaskContent revised) {
        content.differencesTo(revised).forEach(changes::add);
        content = revised;
    }

    public Milestone addMilestone(String title, LocalDate due) {
        requireOpen();
        var text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw PlanningRejected.invalid("planning.milestone.title-required");
        }
        if (text.length() > Milestone.MAX_TITLE) {
            throw PlanningRejected.invalid("planning.milestone.title-too-long", Milestone.MAX_TITLE);
        }
        if (due == null) {
            throw PlanningRejected.invalid("planning.milestone.due-required");
        }
        var milestone = new Milestone(TimeOrderedIds.next(), text, due, null);
        milestones.add(milestone);
        changes.add(new TaskChange("milestone", null, text + " · " + due));
        return milestone;
    }

    public Milestone reachMilestone(UUID milestoneId, LocalDate on) {
        requireOpen();
        for (int i = 0; i < milestones.size(); i++) {
            var milestone = milestones.get(i);
            if (milestone.id().equals(milestoneId)) {
                if (milestone.isReached()) {
                    throw PlanningRejected.invalid("planning.milestone.already-reached", milestone.title());
                }
                if (on == null) {
                    throw PlanningRejected.invalid("planning.milestone.date-required");
                }
                var reached = milestone.reached(on);
                milestones.set(i, reached);
                changes.add(new TaskChange("milestone", milestone.title() + " · " + milestone.due(),
                        milestone.title() + " · ✓ " + on));
                return reached;
            }
        }
        throw PlanningRejected.notFound("planning.milestone.not-found");
    }

    public List<Milestone> overdueMilestones(LocalDate today) {
        return milestones.stream().filter(m -> m.isOverdue(today)).toList();
    }

    public ProgressEntry recordProgress(LocalDate date, String author, String text) {
        var entry = text == null ? "" : text.strip();
        if (entry.isEmpty()) {
            throw PlanningRejected.invalid("planning.progress.text-required");
        }
        if (entry.length() > ProgressEntry.MAX_TEXT) {
            throw PlanningRejected.invalid("planning.progress.text-too-long", ProgressEntry.MAX_TEXT);
        }
        if (date == null) {
            throw PlanningRejected.invalid("planning.progress.date-required");
        }
        return new ProgressEntry(date, author, entry);
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw PlanningRejected.invalid("planning.task.closed", status.name());
        }
    }

    /** The changes not yet recorded; recording them empties the list. */
    public List<TaskChange> drainChanges() {
        var drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    @Override
    public TaskId getId() {
        return id;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public TaskContent content() {
        return content;
    }

    public TaskStatus status() {
        return status;
    }

    public TaskStatus statusBeforeDelay() {
        return statusBeforeDelay;
    }

    public String statusReason() {
        return statusReason;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public long version() {
        return version;
    }

    public OfficeCode leadOffice() {
        return content.leadOffice();
    }

    public boolean isLedOrCoLedBy(OfficeCode office) {
        return content.leadOffice().equals(office) || content.coOffices().contains(office);
    }

    public boolean isUndertakenBy(UnitCode unit) {
        return content.units().contains(unit);
    }

    public boolean concerns(RegionCode region) {
        return content.regions().contains(region) || content.places().contains(region);
    }
}
