package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.planning.TaskId;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;

/** The statistics' read models in memory, for the ledger's unit tests: what the database keeps, in maps. */
public final class InMemoryStatisticsStore implements StatisticsStore {

    private record Key(int year, String scope, String table, String key, String measure) {
    }

    private final Map<TaskId, TaskState> tasks = new LinkedHashMap<>();
    private final Map<UUID, MilestoneState> milestones = new LinkedHashMap<>();
    private final Map<ProgrammeId, ProgrammeState> programmes = new LinkedHashMap<>();
    private final Map<CohortId, CohortState> cohorts = new LinkedHashMap<>();
    private final Map<EnrolmentProgrammeId, EnrolmentProgrammeState> enrolment = new LinkedHashMap<>();
    private final Map<Key, BigDecimal> sums = new LinkedHashMap<>();

    @Override
    public Optional<TaskState> task(TaskId task) {
        return Optional.ofNullable(tasks.get(task));
    }

    @Override
    public void save(TaskState task) {
        tasks.put(task.task(), task);
    }

    @Override
    public Optional<MilestoneState> milestone(UUID milestone) {
        return Optional.ofNullable(milestones.get(milestone));
    }

    @Override
    public void save(MilestoneState milestone) {
        milestones.put(milestone.milestone(), milestone);
    }

    @Override
    public Optional<ProgrammeState> programme(ProgrammeId programme) {
        return Optional.ofNullable(programmes.get(programme));
    }

    @Override
    public void save(ProgrammeState programme) {
        programmes.put(programme.programme(), programme);
    }

    @Override
    public Optional<CohortState> cohort(CohortId cohort) {
        return Optional.ofNullable(cohorts.get(cohort));
    }

    @Override
    public void save(CohortState cohort) {
        cohorts.put(cohort.cohort(), cohort);
    }

    @Override
    public Optional<EnrolmentProgrammeState> enrolmentProgramme(EnrolmentProgrammeId programme) {
        return Optional.ofNullable(enrolment.get(programme));
    }

    @Override
    public void save(EnrolmentProgrammeState programme) {
        enrolment.put(programme.programme(), programme);
    }

    @Override
    public void add(Collection<Tally> amounts) {
        amounts.forEach(t -> sums.merge(new Key(t.year(), t.scope(), t.table(), t.key(), t.measure()), t.amount(),
                BigDecimal::add));
    }

    @Override
    public List<Tally> tallies(int year) {
        return sums.entrySet().stream().filter(e -> e.getKey().year() == year)
                .map(e -> new Tally(year, e.getKey().scope(), e.getKey().table(), e.getKey().key(),
                        e.getKey().measure(), e.getValue()))
                .toList();
    }

    @Override
    public List<MilestoneState> overdueMilestones(int year) {
        return milestones.values().stream().filter(m -> m.year() == year && m.overdue()).toList();
    }

    @Override
    public List<TaskState> tasks(Collection<TaskId> ids) {
        return ids.stream().map(tasks::get).filter(Objects::nonNull).filter(TaskState::planned).toList();
    }

    @Override
    public List<TaskState> tasksOf(int year, Collection<Integer> numbers) {
        return tasks.values().stream().filter(t -> t.planned() && t.year() == year && numbers.contains(t.number()))
                .toList();
    }

    @Override
    public List<ProgrammeState> programmes(Collection<ProgrammeId> ids) {
        return ids.stream().map(programmes::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<EnrolmentProgrammeState> enrolmentProgrammes(Collection<EnrolmentProgrammeId> ids) {
        return ids.stream().map(enrolment::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<EnrolmentProgrammeState> enrolmentProgrammes(int year) {
        return enrolment.values().stream().filter(p -> p.planned() && Objects.equals(p.year(), year)).toList();
    }

    @Override
    public List<Integer> years() {
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        tasks.values().stream().filter(TaskState::planned).forEach(t -> years.add(t.year()));
        programmes.values().stream().filter(ProgrammeState::planned).forEach(p -> years.add(p.year()));
        enrolment.values().stream().filter(EnrolmentProgrammeState::planned).forEach(p -> years.add(p.year()));
        return List.copyOf(years);
    }

    @Override
    public void clear() {
        tasks.clear();
        milestones.clear();
        programmes.clear();
        cohorts.clear();
        enrolment.clear();
        sums.clear();
    }
}
