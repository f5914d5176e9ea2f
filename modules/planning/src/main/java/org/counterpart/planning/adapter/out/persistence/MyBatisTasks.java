package org.counterpart.planning.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPage;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskSummary;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.ChangeRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.CountRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.MilestoneRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.ProgressRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.TaskRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.TaskValueRow;
import org.counterpart.planning.domain.Milestone;
import org.counterpart.planning.domain.ProgressEntry;
import org.counterpart.planning.domain.Task;
import org.counterpart.planning.domain.TaskChange;
import org.counterpart.planning.domain.TaskContent;
import org.counterpart.planning.domain.Tasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tasks over the planning tables. A task's lists (regions, places, co-offices, units, references) are rows of
 * {@code planning_task_value}, read for a whole page of tasks at once, never task by task.
 */
@Repository
class MyBatisTasks implements Tasks {

    static final String REGION = "R";
    static final String PLACE = "P";
    static final String CO_OFFICE = "O";
    static final String UNIT = "U";
    static final String REFERENCE = "T";

    private final PlanningMapper mapper;
    private final JdbcTemplate jdbc;

    MyBatisTasks(PlanningMapper mapper, JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Task> byNumber(int year, int number) {
        return Optional.ofNullable(mapper.selectTask(year, number)).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public Map<TaskStatus, Long> countByStatus(int year) {
        var counts = new java.util.EnumMap<TaskStatus, Long>(TaskStatus.class);
        mapper.countTasksByStatus(year).forEach(r -> counts.put(TaskStatus.valueOf(r.status()), r.tasks()));
        return counts;
    }

    @Override
    public List<Task> ofPlan(int year) {
        return assemble(mapper.selectTasksOfPlan(year));
    }

    @Override
    public TaskPage find(TaskQuery query) {
        var rows = mapper.findTasks(query, query.offset());
        var total = mapper.countTasks(query);
        if (rows.isEmpty()) {
            return new TaskPage(List.of(), total);
        }
        var ids = rows.stream().map(TaskRow::id).toList();
        var values = valuesByTask(ids);
        var overdue = mapper.countOverdueMilestones(ids, query.today()).stream()
                .collect(Collectors.toMap(CountRow::taskId, CountRow::overdue));
        var items = rows.stream().map(row -> {
            var content = content(row, values.getOrDefault(row.id(), List.of()));
            return new TaskSummary(new TaskId(UUID.fromString(row.id())), row.planYear(), row.taskNumber(), content.regions(),
                    content.places(), content.name(), content.leadOffice(), content.coOffices(),
                    content.andOtherOffices(), content.units(), content.requirements(), TaskStatus.valueOf(row.status()),
                    overdue.getOrDefault(row.id(), 0), row.version());
        }).toList();
        return new TaskPage(items, total);
    }

    @Override
    public void add(Task task) {
        addAll(List.of(task));
    }

    /** In a few batched statements, whatever the number of tasks. */
    @Override
    public void addAll(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        tasks.stream().map(Task::year).distinct().sorted().forEach(this::advanceRevision);
        jdbc.batchUpdate(INSERT_TASK, tasks.stream().map(MyBatisTasks::row).toList(), BATCH, (statement, r) -> {
            statement.setString(1, r.id());
            statement.setInt(2, r.planYear());
            statement.setInt(3, r.taskNumber());
            statement.setString(4, r.name());
            statement.setString(5, r.leadOffice());
            statement.setBoolean(6, r.andOtherOffices());
            statement.setString(7, r.requirements());
            statement.setString(8, r.status());
            statement.setString(9, r.statusBeforeDelay());
            statement.setString(10, r.statusReason());
            statement.setLong(11, r.version());
        });
        jdbc.batchUpdate(INSERT_VALUE, tasks.stream().flatMap(t -> valueRows(t).stream()).toList(), BATCH,
                (statement, r) -> {
                    statement.setString(1, r.taskId());
                    statement.setString(2, r.kind());
                    statement.setInt(3, r.seq());
                    statement.setString(4, r.entryValue());
                });
        inBatches(tasks.stream().flatMap(t -> milestoneRows(t).stream()).toList(), mapper::insertMilestones);
    }

    /*
     * A task's row and its lists' rows, the bulk of a plan import (10,000 tasks, some 40,000 values), go as JDBC
     * batches of plain statements (Connector/J rewrites a batch as multi-row inserts: rewriteBatchedStatements in the
     * mysql profile). MyBatis building one statement of 500 rows with thousands of parameters cost about a fifth of
     * the import's own time (docs/performance.md).
     */
    static final String INSERT_TASK = "INSERT INTO planning_task (id, plan_year, task_number, name, lead_office, "
            + "and_other_offices, requirements, status, status_before_delay, status_reason, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String INSERT_VALUE = "INSERT INTO planning_task_value (task_id, kind, seq, entry_value) "
            + "VALUES (?, ?, ?, ?)";

    /**
     * Rows are inserted {@value #BATCH} to a statement: one statement per row would cost a round trip each, and one
     * statement for 10,000 tasks with long requirements would pass MySQL's {@code max_allowed_packet} (16 MB).
     */
    static final int BATCH = 500;

    private static <T> void inBatches(List<T> rows, java.util.function.Consumer<List<T>> insert) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            insert.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    @Override
    public void update(Task task) {
        advanceRevision(task.year());
        if (mapper.updateTask(row(task)) == 0) {
            throw PlanningRejected.conflict("planning.task.changed-meanwhile", task.number());
        }
        var id = task.getId().toString();
        mapper.deleteValues(id);
        var values = valueRows(task);
        if (!values.isEmpty()) {
            mapper.insertValues(values);
        }
        saveMilestones(id, milestoneRows(task));
    }

    /**
     * The plan's row is the first this transaction locks of the year's: two writers of one year's tasks then queue on
     * it, instead of each holding a task the other wants (a milestone row locks its task, a task's update its plan).
     */
    private void advanceRevision(int year) {
        if (mapper.advanceRevision(year) != 1) {
            throw new IllegalStateException("no plan for " + year + " to add or change tasks in");
        }
    }

    /**
     * Writes the task's milestones row by row against what is stored: new ones inserted, changed ones updated by their
     * key, removed ones deleted by their key. Deleting all of a task's milestones by {@code task_id} and inserting
     * them again locked the index gap around the task, and two people adding milestones to two tasks at once
     * deadlocked there (the benchmark: 2 of 128 refused with a 500).
     */
    private void saveMilestones(String taskId, List<MilestoneRow> rows) {
        var stored = new java.util.HashSet<>(mapper.selectMilestoneIds(taskId));
        var current = rows.stream().map(MilestoneRow::id).collect(Collectors.toSet());
        var removed = stored.stream().filter(m -> !current.contains(m)).sorted().toList();
        if (!removed.isEmpty()) {
            mapper.deleteMilestonesByIds(removed);
        }
        rows.stream().filter(r -> stored.contains(r.id())).forEach(mapper::updateMilestone);
        inBatches(rows.stream().filter(r -> !stored.contains(r.id())).toList(), mapper::insertMilestones);
    }

    @Override
    public void addProgress(TaskId task, ProgressEntry entry) {
        mapper.insertProgress(new ProgressRow(task.toString(), entry.date(), entry.author(), entry.text()));
    }

    @Override
    public List<ProgressEntry> progressOf(TaskId task) {
        return mapper.selectProgress(task.toString()).stream()
                .map(r -> new ProgressEntry(r.entryDate(), r.author(), r.entryText())).toList();
    }

    @Override
    public void recordChanges(TaskId task, List<TaskChange> changes, String by, Instant at) {
        if (!changes.isEmpty()) {
            mapper.insertChanges(changes.stream()
                    .map(c -> new ChangeRow(task.toString(), at, by, c.field(), c.before(), c.after())).toList());
        }
    }

    @Override
    public void recordChangeOfEach(List<TaskId> tasks, TaskChange change, String by, Instant at) {
        var changedAt = Timestamp.from(at);
        jdbc.batchUpdate(INSERT_CHANGE, tasks, BATCH, (statement, task) -> {
            statement.setString(1, task.toString());
            statement.setTimestamp(2, changedAt);
            statement.setString(3, by);
            statement.setString(4, change.field());
            statement.setString(5, change.before());
            statement.setString(6, change.after());
        });
    }

    /** As PlanningMapper's insertChanges, one row a statement in a batch (an instant as MyBatis binds it). */
    static final String INSERT_CHANGE = "INSERT INTO planning_task_change (task_id, changed_at, changed_by, "
            + "field_name, before_text, after_text) VALUES (?, ?, ?, ?, ?, ?)";

    @Override
    public List<RecordedChange> changesOf(TaskId task) {
        return mapper.selectChanges(task.toString()).stream()
                .map(r -> new RecordedChange(r.changedAt(), r.changedBy(), r.fieldName(), r.beforeText(), r.afterText()))
                .toList();
    }

    @Override
    public List<Task> withOverdueMilestones(LocalDate today) {
        var ids = mapper.selectTaskIdsWithOverdueMilestones(today);
        return ids.isEmpty() ? List.of() : assemble(mapper.selectTasksByIds(ids));
    }

    private List<Task> assemble(List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(TaskRow::id).toList();
        var values = valuesByTask(ids);
        var milestones = mapper.selectMilestones(ids).stream().collect(Collectors.groupingBy(MilestoneRow::taskId));
        return rows.stream()
                .map(row -> new Task(new TaskId(UUID.fromString(row.id())), row.planYear(), row.taskNumber(),
                        content(row, values.getOrDefault(row.id(), List.of())), TaskStatus.valueOf(row.status()),
                        row.statusBeforeDelay() == null ? null : TaskStatus.valueOf(row.statusBeforeDelay()),
                        row.statusReason(),
                        milestones.getOrDefault(row.id(), List.of()).stream()
                                .map(m -> new Milestone(UUID.fromString(m.id()), m.title(), m.dueDate(), m.reachedOn()))
                                .toList(),
                        row.version()))
                .toList();
    }

    private Map<String, List<TaskValueRow>> valuesByTask(List<String> ids) {
        return mapper.selectValues(ids).stream().collect(Collectors.groupingBy(TaskValueRow::taskId));
    }

    private static TaskContent content(TaskRow row, List<TaskValueRow> values) {
        return new TaskContent(codes(values, REGION, RegionCode::new), codes(values, PLACE, RegionCode::new), row.name(),
                new OfficeCode(row.leadOffice()), codes(values, CO_OFFICE, OfficeCode::new), row.andOtherOffices(),
                codes(values, UNIT, UnitCode::new), row.requirements(), codes(values, REFERENCE, Function.identity()));
    }

    private static <T> List<T> codes(List<TaskValueRow> values, String kind, Function<String, T> type) {
        return values.stream().filter(v -> v.kind().equals(kind)).map(v -> type.apply(v.entryValue())).toList();
    }

    private static TaskRow row(Task task) {
        var content = task.content();
        return new TaskRow(task.getId().toString(), task.year(), task.number(), content.name(),
                content.leadOffice().value(), content.andOtherOffices(), content.requirements(), task.status().name(),
                task.statusBeforeDelay() == null ? null : task.statusBeforeDelay().name(), task.statusReason(),
                task.version());
    }

    private static List<TaskValueRow> valueRows(Task task) {
        var id = task.getId().toString();
        var content = task.content();
        var rows = new ArrayList<TaskValueRow>();
        add(rows, id, REGION, content.regions().stream().map(RegionCode::value).toList());
        add(rows, id, PLACE, content.places().stream().map(RegionCode::value).toList());
        add(rows, id, CO_OFFICE, content.coOffices().stream().map(OfficeCode::value).toList());
        add(rows, id, UNIT, content.units().stream().map(UnitCode::value).toList());
        add(rows, id, REFERENCE, content.references());
        return rows;
    }

    private static void add(List<TaskValueRow> rows, String taskId, String kind, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            rows.add(new TaskValueRow(taskId, kind, i, values.get(i)));
        }
    }

    private static List<MilestoneRow> milestoneRows(Task task) {
        return task.milestones().stream().map(m -> new MilestoneRow(m.id().toString(), task.getId().toString(),
                m.title(), m.due(), m.reachedOn())).toList();
    }
}
