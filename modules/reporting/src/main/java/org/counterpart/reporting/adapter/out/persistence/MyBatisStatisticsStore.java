package org.counterpart.reporting.adapter.out.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.adapter.out.persistence.StatisticsStoreMapper.CohortRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsStoreMapper.EnrolmentProgrammeRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsStoreMapper.MilestoneRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsStoreMapper.ProgrammeRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsStoreMapper.TallyRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsStoreMapper.TaskRow;
import org.counterpart.reporting.domain.StatisticsStore;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;
import org.springframework.stereotype.Repository;

/**
 * The statistics' read models in the {@code reporting_stat_*} tables: a row per task, milestone, programme and cohort
 * as it stands, and the running sums, added to in one statement per fact.
 */
@Repository
class MyBatisStatisticsStore implements StatisticsStore {

    /** Sums added in one statement at the most (a task planned in many places touches a few dozen). */
    static final int BATCH = 500;

    private final StatisticsStoreMapper mapper;

    MyBatisStatisticsStore(StatisticsStoreMapper mapper) {
        this.mapper = mapper;
    }

    // --- tasks and milestones ---------------------------------------------------------------------------------------

    @Override
    public Optional<TaskState> task(TaskId task) {
        return Optional.ofNullable(mapper.selectTask(task.toString())).map(MyBatisStatisticsStore::task);
    }

    @Override
    public void save(TaskState task) {
        saveTasks(List.of(task));
    }

    /** Inserted or updated {@value #BATCH} to a statement, in key order (two writers then lock rows alike). */
    @Override
    public void saveTasks(Collection<TaskState> tasks) {
        var rows = tasks.stream().map(MyBatisStatisticsStore::row).sorted(Comparator.comparing(TaskRow::taskId))
                .toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            mapper.upsertTasks(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static TaskRow row(TaskState task) {
        return new TaskRow(task.task().toString(), task.year(), task.number(), task.planned(),
                String.join(",", task.regions().stream().map(RegionCode::value).toList()),
                task.leadOffice() == null ? null : task.leadOffice().value(),
                task.status() == null ? null : task.status().name(), task.statusAt());
    }

    @Override
    public List<TaskState> tasks(Collection<TaskId> tasks) {
        return tasks.isEmpty() ? List.of()
                : mapper.selectTasks(tasks.stream().map(TaskId::toString).toList()).stream()
                        .map(MyBatisStatisticsStore::task).toList();
    }

    @Override
    public List<TaskState> tasksOf(int year, Collection<Integer> numbers) {
        return numbers.isEmpty() ? List.of()
                : mapper.selectTasksOf(year, numbers).stream().map(MyBatisStatisticsStore::task).toList();
    }

    private static TaskState task(TaskRow row) {
        var regions = row.regionCodes() == null || row.regionCodes().isBlank() ? List.<RegionCode>of()
                : Arrays.stream(row.regionCodes().split(",")).map(RegionCode::new).toList();
        return new TaskState(new TaskId(UUID.fromString(row.taskId())), row.planYear(), row.taskNumber(),
                row.planned(), regions, row.leadOffice() == null ? null : new OfficeCode(row.leadOffice()),
                row.status() == null ? null : TaskStatus.valueOf(row.status()), row.statusAt());
    }

    @Override
    public Optional<MilestoneState> milestone(UUID milestone) {
        return Optional.ofNullable(mapper.selectMilestone(milestone.toString()))
                .map(MyBatisStatisticsStore::milestone);
    }

    @Override
    public void save(MilestoneState milestone) {
        var row = new MilestoneRow(milestone.milestone().toString(), milestone.task().toString(), milestone.year(),
                milestone.number(), milestone.due(), milestone.overdue(), milestone.reachedOn());
        if (mapper.updateMilestone(row) == 0) {
            mapper.insertMilestone(row);
        }
    }

    @Override
    public List<MilestoneState> overdueMilestones(int year) {
        return mapper.selectOverdueMilestones(year).stream().map(MyBatisStatisticsStore::milestone).toList();
    }

    private static MilestoneState milestone(MilestoneRow row) {
        return new MilestoneState(UUID.fromString(row.milestoneId()), new TaskId(UUID.fromString(row.taskId())),
                row.planYear(), row.taskNumber(), row.dueOn(), row.overdue(), row.reachedOn());
    }

    // --- training ---------------------------------------------------------------------------------------------------

    @Override
    public Optional<ProgrammeState> programme(ProgrammeId programme) {
        return Optional.ofNullable(mapper.selectProgramme(programme.toString()))
                .map(MyBatisStatisticsStore::programme);
    }

    @Override
    public void save(ProgrammeState p) {
        var row = new ProgrammeRow(p.programme().toString(), p.year(), p.planned(), p.changed(),
                p.region() == null ? null : p.region().value(), p.mode() == null ? null : p.mode().name(),
                p.unit() == null ? null : p.unit().value(), p.commissionFunding(), p.partnerFunding(),
                p.plannedTrainees(), p.spent(), p.inTraining(), p.trained(), p.completed(), p.certificates(),
                p.overBudget());
        if (mapper.updateProgramme(row) == 0) {
            mapper.insertProgramme(row);
        }
    }

    @Override
    public List<ProgrammeState> programmes(Collection<ProgrammeId> programmes) {
        return programmes.isEmpty() ? List.of()
                : mapper.selectProgrammes(programmes.stream().map(ProgrammeId::toString).toList()).stream()
                        .map(MyBatisStatisticsStore::programme).toList();
    }

    private static ProgrammeState programme(ProgrammeRow row) {
        return new ProgrammeState(new ProgrammeId(UUID.fromString(row.programmeId())), row.programmeYear(),
                row.planned(), row.changed(), row.regionCode() == null ? null : new RegionCode(row.regionCode()),
                row.mode() == null ? null : TrainingMode.valueOf(row.mode()),
                row.implementingUnit() == null ? null : new UnitCode(row.implementingUnit()),
                row.commissionFunding(), row.partnerFunding(), row.plannedTrainees(), row.spent(), row.inTraining(),
                row.trained(), row.completed(), row.certificates(), row.overBudget());
    }

    @Override
    public Optional<CohortState> cohort(CohortId cohort) {
        return Optional.ofNullable(mapper.selectCohort(cohort.toString()))
                .map(row -> new CohortState(new CohortId(UUID.fromString(row.cohortId())),
                        new ProgrammeId(UUID.fromString(row.programmeId())), row.startedTrainees(), row.completed()));
    }

    @Override
    public void save(CohortState cohort) {
        var row = new CohortRow(cohort.cohort().toString(), cohort.programme().toString(), cohort.startedTrainees(),
                cohort.completed());
        if (mapper.updateCohort(row) == 0) {
            mapper.insertCohort(row);
        }
    }

    // --- enrolment --------------------------------------------------------------------------------------------------

    @Override
    public Optional<EnrolmentProgrammeState> enrolmentProgramme(EnrolmentProgrammeId programme) {
        return Optional.ofNullable(mapper.selectEnrolmentProgramme(programme.value().toString()))
                .map(MyBatisStatisticsStore::enrolment);
    }

    @Override
    public void save(EnrolmentProgrammeState p) {
        var row = new EnrolmentProgrammeRow(p.programme().value().toString(), p.year(), p.planned(), p.revised(),
                p.kind() == null ? null : p.kind().name(), p.region() == null ? null : p.region().value(), p.quota(),
                p.funding());
        if (mapper.updateEnrolmentProgramme(row) == 0) {
            mapper.insertEnrolmentProgramme(row);
        }
    }

    @Override
    public List<EnrolmentProgrammeState> enrolmentProgrammes(Collection<EnrolmentProgrammeId> programmes) {
        return programmes.isEmpty() ? List.of()
                : mapper.selectEnrolmentProgrammes(programmes.stream().map(p -> p.value().toString()).toList())
                        .stream().map(MyBatisStatisticsStore::enrolment).toList();
    }

    @Override
    public List<EnrolmentProgrammeState> enrolmentProgrammes(int year) {
        return mapper.selectEnrolmentProgrammesOf(year).stream().map(MyBatisStatisticsStore::enrolment).toList();
    }

    private static EnrolmentProgrammeState enrolment(EnrolmentProgrammeRow row) {
        return new EnrolmentProgrammeState(new EnrolmentProgrammeId(UUID.fromString(row.programmeId())),
                row.academicYear(), row.planned(), row.revised(),
                row.kind() == null ? null : ProgrammeKind.valueOf(row.kind()),
                row.regionCode() == null ? null : new RegionCode(row.regionCode()), row.quota(), row.funding());
    }

    // --- the running sums -------------------------------------------------------------------------------------------

    @Override
    public void add(Collection<Tally> amounts) {
        var rows = amounts.stream().map(t -> new TallyRow(t.year(), t.scope(), t.table(), t.key(), t.measure(),
                t.amount())).toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            mapper.addTallies(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    @Override
    public List<Tally> tallies(int year) {
        return mapper.selectTallies(year).stream().map(row -> new Tally(row.statYear(), row.scope(),
                row.tally(), row.tallyKey(), row.measure(), row.amount())).toList();
    }

    @Override
    public List<Integer> years() {
        return mapper.selectYears();
    }

    @Override
    public void clear() {
        mapper.deleteTallies();
        mapper.deleteCohorts();
        mapper.deleteProgrammes();
        mapper.deleteMilestones();
        mapper.deleteTasks();
        mapper.deleteEnrolmentProgrammes();
    }
}
