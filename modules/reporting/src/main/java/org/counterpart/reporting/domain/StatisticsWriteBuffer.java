package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.planning.TaskId;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;

/**
 * The statistics store as a group of events is recorded: what the facts read is read once from the store and then
 * kept here with what they save, and the tallies they add are summed — so a group of events that touch a thousand tasks
 * of one year writes a thousand task rows in a few statements and each of the year's sums once, at {@link #flush()}.
 * Anything else asked of it (the figures, a clear) is answered by the store after a flush.
 */
public final class StatisticsWriteBuffer implements StatisticsStore {

    private record TallyKey(int year, String scope, String table, String key, String measure) {
    }

    private final StatisticsStore store;
    private final Map<TaskId, Optional<TaskState>> tasks = new LinkedHashMap<>();
    private final Map<UUID, Optional<MilestoneState>> milestones = new LinkedHashMap<>();
    private final Map<ProgrammeId, Optional<ProgrammeState>> programmes = new LinkedHashMap<>();
    private final Map<CohortId, Optional<CohortState>> cohorts = new LinkedHashMap<>();
    private final Map<EnrolmentProgrammeId, Optional<EnrolmentProgrammeState>> enrolment = new LinkedHashMap<>();
    private final Map<TaskId, TaskState> savedTasks = new LinkedHashMap<>();
    private final Map<UUID, MilestoneState> savedMilestones = new LinkedHashMap<>();
    private final Map<ProgrammeId, ProgrammeState> savedProgrammes = new LinkedHashMap<>();
    private final Map<CohortId, CohortState> savedCohorts = new LinkedHashMap<>();
    private final Map<EnrolmentProgrammeId, EnrolmentProgrammeState> savedEnrolment = new LinkedHashMap<>();
    private final Map<TallyKey, BigDecimal> sums = new LinkedHashMap<>();

    public StatisticsWriteBuffer(StatisticsStore store) {
        this.store = store;
    }

    /** Writes what was saved and added since the last flush to the store. */
    public void flush() {
        store.saveTasks(List.copyOf(savedTasks.values()));
        savedMilestones.values().forEach(store::save);
        savedProgrammes.values().forEach(store::save);
        savedCohorts.values().forEach(store::save);
        savedEnrolment.values().forEach(store::save);
        var tallies = sums.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> new Tally(e.getKey().year(), e.getKey().scope(), e.getKey().table(), e.getKey().key(),
                        e.getKey().measure(), e.getValue()))
                .toList();
        if (!tallies.isEmpty()) {
            store.add(tallies);
        }
        savedTasks.clear();
        savedMilestones.clear();
        savedProgrammes.clear();
        savedCohorts.clear();
        savedEnrolment.clear();
        sums.clear();
    }

    @Override
    public Optional<TaskState> task(TaskId task) {
        return tasks.computeIfAbsent(task, store::task);
    }

    @Override
    public void save(TaskState task) {
        tasks.put(task.task(), Optional.of(task));
        savedTasks.put(task.task(), task);
    }

    @Override
    public Optional<MilestoneState> milestone(UUID milestone) {
        return milestones.computeIfAbsent(milestone, store::milestone);
    }

    @Override
    public void save(MilestoneState milestone) {
        milestones.put(milestone.milestone(), Optional.of(milestone));
        savedMilestones.put(milestone.milestone(), milestone);
    }

    @Override
    public Optional<ProgrammeState> programme(ProgrammeId programme) {
        return programmes.computeIfAbsent(programme, store::programme);
    }

    @Override
    public void save(ProgrammeState programme) {
        programmes.put(programme.programme(), Optional.of(programme));
        savedProgrammes.put(programme.programme(), programme);
    }

    @Override
    public Optional<CohortState> cohort(CohortId cohort) {
        return cohorts.computeIfAbsent(cohort, store::cohort);
    }

    @Override
    public void save(CohortState cohort) {
        cohorts.put(cohort.cohort(), Optional.of(cohort));
        savedCohorts.put(cohort.cohort(), cohort);
    }

    @Override
    public Optional<EnrolmentProgrammeState> enrolmentProgramme(EnrolmentProgrammeId programme) {
        return enrolment.computeIfAbsent(programme, store::enrolmentProgramme);
    }

    @Override
    public void save(EnrolmentProgrammeState programme) {
        enrolment.put(programme.programme(), Optional.of(programme));
        savedEnrolment.put(programme.programme(), programme);
    }

    @Override
    public void add(Collection<Tally> amounts) {
        for (var t : amounts) {
            sums.merge(new TallyKey(t.year(), t.scope(), t.table(), t.key(), t.measure()), t.amount(),
                    BigDecimal::add);
        }
    }

    // --- asked of the store, after a flush ---------------------------------------------------------------------------

    @Override
    public List<Tally> tallies(int year) {
        flush();
        return store.tallies(year);
    }

    @Override
    public List<MilestoneState> overdueMilestones(int year) {
        flush();
        return store.overdueMilestones(year);
    }

    @Override
    public List<TaskState> tasks(Collection<TaskId> tasks) {
        flush();
        return store.tasks(tasks);
    }

    @Override
    public List<TaskState> tasksOf(int year, Collection<Integer> numbers) {
        flush();
        return store.tasksOf(year, numbers);
    }

    @Override
    public List<ProgrammeState> programmes(Collection<ProgrammeId> programmes) {
        flush();
        return store.programmes(programmes);
    }

    @Override
    public List<EnrolmentProgrammeState> enrolmentProgrammes(Collection<EnrolmentProgrammeId> programmes) {
        flush();
        return store.enrolmentProgrammes(programmes);
    }

    @Override
    public List<EnrolmentProgrammeState> enrolmentProgrammes(int year) {
        flush();
        return store.enrolmentProgrammes(year);
    }

    @Override
    public List<Integer> years() {
        flush();
        return store.years();
    }

    @Override
    public void clear() {
        savedTasks.clear();
        savedMilestones.clear();
        savedProgrammes.clear();
        savedCohorts.clear();
        savedEnrolment.clear();
        sums.clear();
        tasks.clear();
        milestones.clear();
        programmes.clear();
        cohorts.clear();
        enrolment.clear();
        store.clear();
    }
}
