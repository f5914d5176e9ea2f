package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** One kind of state: what was read of it (or found absent), and what was saved since the last flush. */
    private static final class Kept<K, V> {

        private final Map<K, Optional<V>> known = new LinkedHashMap<>();
        private final Map<K, V> saved = new LinkedHashMap<>();

        Optional<V> get(K key, Function<K, Optional<V>> read) {
            return known.computeIfAbsent(key, read);
        }

        void save(K key, V value) {
            known.put(key, Optional.of(value));
            saved.put(key, value);
        }

        /** Hands what was saved to the store and forgets that it was. */
        void flush(Consumer<Collection<V>> write) {
            if (!saved.isEmpty()) {
                write.accept(List.copyOf(saved.values()));
            }
            saved.clear();
        }

        void clear() {
            known.clear();
            saved.clear();
        }
    }

    private record TallyKey(int year, String scope, String table, String key, String measure) {
    }

    private final StatisticsStore store;
    private final Kept<TaskId, TaskState> tasks = new Kept<>();
    private final Kept<UUID, MilestoneState> milestones = new Kept<>();
    private final Kept<ProgrammeId, ProgrammeState> programmes = new Kept<>();
    private final Kept<CohortId, CohortState> cohorts = new Kept<>();
    private final Kept<EnrolmentProgrammeId, EnrolmentProgrammeState> enrolment = new Kept<>();
    private final Map<TallyKey, BigDecimal> sums = new LinkedHashMap<>();

    public StatisticsWriteBuffer(StatisticsStore store) {
        this.store = store;
    }

    /** Writes what was saved and added since the last flush to the store. */
    public void flush() {
        tasks.flush(store::saveTasks);
        milestones.flush(saved -> saved.forEach(store::save));
        programmes.flush(saved -> saved.forEach(store::save));
        cohorts.flush(saved -> saved.forEach(store::save));
        enrolment.flush(saved -> saved.forEach(store::save));
        var tallies = sums.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> new Tally(e.getKey().year(), e.getKey().scope(), e.getKey().table(), e.getKey().key(),
                        e.getKey().measure(), e.getValue()))
                .toList();
        if (!tallies.isEmpty()) {
            store.add(tallies);
        }
        sums.clear();
    }

    @Override
    public Optional<TaskState> task(TaskId task) {
        return tasks.get(task, store::task);
    }

    @Override
    public void save(TaskState task) {
        tasks.save(task.task(), task);
    }

    @Override
    public Optional<MilestoneState> milestone(UUID milestone) {
        return milestones.get(milestone, store::milestone);
    }

    @Override
    public void save(MilestoneState milestone) {
        milestones.save(milestone.milestone(), milestone);
    }

    @Override
    public Optional<ProgrammeState> programme(ProgrammeId programme) {
        return programmes.get(programme, store::programme);
    }

    @Override
    public void save(ProgrammeState programme) {
        programmes.save(programme.programme(), programme);
    }

    @Override
    public Optional<CohortState> cohort(CohortId cohort) {
        return cohorts.get(cohort, store::cohort);
    }

    @Override
    public void save(CohortState cohort) {
        cohorts.save(cohort.cohort(), cohort);
    }

    @Override
    public Optional<EnrolmentProgrammeState> enrolmentProgramme(EnrolmentProgrammeId programme) {
        return enrolment.get(programme, store::enrolmentProgramme);
    }

    @Override
    public void save(EnrolmentProgrammeState programme) {
        enrolment.save(programme.programme(), programme);
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
        tasks.clear();
        milestones.clear();
        programmes.clear();
        cohorts.clear();
        enrolment.clear();
        sums.clear();
        store.clear();
    }
}
