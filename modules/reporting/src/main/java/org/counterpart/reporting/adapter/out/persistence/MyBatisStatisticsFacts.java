package org.counterpart.reporting.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.CohortRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.EnrolmentRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.MilestoneRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.SpendingRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.StudentsRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.SubsidyRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.TaskRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.TaskStatusRow;
import org.counterpart.reporting.adapter.out.persistence.StatisticsMapper.TrainingRow;
import org.counterpart.reporting.domain.StatisticsFact;
import org.counterpart.reporting.domain.StatisticsFact.CohortFact;
import org.counterpart.reporting.domain.StatisticsFact.EnrolmentFact;
import org.counterpart.reporting.domain.StatisticsFact.Happening;
import org.counterpart.reporting.domain.StatisticsFact.MilestoneFact;
import org.counterpart.reporting.domain.StatisticsFact.SpendingFact;
import org.counterpart.reporting.domain.StatisticsFact.StudentsFact;
import org.counterpart.reporting.domain.StatisticsFact.SubsidyFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskStatusFact;
import org.counterpart.reporting.domain.StatisticsFact.TrainingFact;
import org.counterpart.reporting.domain.StatisticsFacts;
import org.counterpart.reporting.domain.YearFacts;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;
import org.springframework.stereotype.Repository;

/** The facts by year in the {@code reporting_stat_*} tables: one row per fact, only ever added until cleared. */
@Repository
class MyBatisStatisticsFacts implements StatisticsFacts {

    private final StatisticsMapper mapper;

    MyBatisStatisticsFacts(StatisticsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void record(long seq, List<StatisticsFact> facts) {
        for (var fact : facts) {
            if (fact instanceof TaskFact f) {
                mapper.insertTask(new TaskRow(seq, f.task().toString(), f.year(), f.number(),
                        f.leadOffice() == null ? null : f.leadOffice().value(),
                        String.join(",", f.regions().stream().map(RegionCode::value).toList())));
            } else if (fact instanceof TaskStatusFact f) {
                mapper.insertTaskStatus(new TaskStatusRow(seq, f.task().toString(), f.year(), f.number(),
                        f.status().name(), f.at()));
            } else if (fact instanceof MilestoneFact f) {
                mapper.insertMilestone(new MilestoneRow(seq, f.milestone().toString(), f.task().toString(), f.year(),
                        f.number(), f.due(), f.overdue(), f.reachedOn()));
            } else if (fact instanceof TrainingFact f) {
                mapper.insertTraining(new TrainingRow(seq, f.programme().toString(), f.year(), f.planned(),
                        f.region() == null ? null : f.region().value(), f.mode() == null ? null : f.mode().name(),
                        f.unit() == null ? null : f.unit().value(), f.commissionFunding(), f.partnerFunding(),
                        f.plannedTrainees()));
            } else if (fact instanceof CohortFact f) {
                mapper.insertCohort(new CohortRow(seq, f.cohort().toString(), f.programme().toString(),
                        f.happening().name(), f.trainees(), f.completed()));
            } else if (fact instanceof SpendingFact f) {
                mapper.insertSpending(new SpendingRow(seq, f.programme().toString(), f.amount(), f.overBudget()));
            } else if (fact instanceof EnrolmentFact f) {
                mapper.insertEnrolment(new EnrolmentRow(seq, f.programme().toString(), f.year(), f.planned(),
                        f.kind().name(), f.region() == null ? null : f.region().value(), f.quota(), f.funding()));
            } else if (fact instanceof StudentsFact f) {
                mapper.insertStudents(new StudentsRow(seq, f.programme().toString(), f.year(), f.kind().name(),
                        f.region().value(), f.stage().name(), f.students()));
            } else if (fact instanceof SubsidyFact f) {
                mapper.insertSubsidy(new SubsidyRow(seq, f.programme() == null ? null : f.programme().toString(),
                        f.year(), f.region().value(), f.grants(), f.amount()));
            }
        }
    }

    @Override
    public YearFacts ofYear(int year) {
        return new YearFacts(year,
                mapper.selectTasks(year).stream().map(r -> new TaskFact(task(r.taskId()), r.planYear(),
                        r.taskNumber(), regions(r.regionCodes()),
                        r.leadOffice() == null ? null : new OfficeCode(r.leadOffice()))).toList(),
                mapper.selectTaskStatuses(year).stream().map(r -> new TaskStatusFact(task(r.taskId()), r.planYear(),
                        r.taskNumber(), TaskStatus.valueOf(r.status()), r.statusAt())).toList(),
                mapper.selectMilestones(year).stream().map(r -> new MilestoneFact(UUID.fromString(r.milestoneId()),
                        task(r.taskId()), r.planYear(), r.taskNumber(), r.dueOn(), r.overdue(), r.reachedOn()))
                        .toList(),
                mapper.selectTraining(year).stream().map(r -> new TrainingFact(programme(r.programmeId()),
                        r.programmeYear(), r.planned(), r.regionCode() == null ? null : new RegionCode(r.regionCode()),
                        r.mode() == null ? null : TrainingMode.valueOf(r.mode()),
                        r.implementingUnit() == null ? null : new UnitCode(r.implementingUnit()),
                        r.commissionFunding(), r.partnerFunding(), r.plannedTrainees())).toList(),
                mapper.selectCohorts(year).stream().map(r -> new CohortFact(new CohortId(UUID.fromString(r.cohortId())),
                        programme(r.programmeId()), Happening.valueOf(r.happening()), r.trainees(), r.completed()))
                        .toList(),
                mapper.selectSpending(year).stream()
                        .map(r -> new SpendingFact(programme(r.programmeId()), r.amount(), r.overBudget())).toList(),
                mapper.selectEnrolment(year).stream().map(r -> new EnrolmentFact(enrolment(r.programmeId()),
                        r.academicYear(), r.planned(), ProgrammeKind.valueOf(r.kind()),
                        r.regionCode() == null ? null : new RegionCode(r.regionCode()), r.quota(), r.funding()))
                        .toList(),
                mapper.selectStudents(year).stream().map(r -> new StudentsFact(enrolment(r.programmeId()),
                        r.academicYear(), ProgrammeKind.valueOf(r.kind()), new RegionCode(r.regionCode()),
                        StudentStage.valueOf(r.stage()), r.students())).toList(),
                mapper.selectSubsidies(year).stream().map(r -> new SubsidyFact(
                        r.programmeId() == null ? null : enrolment(r.programmeId()), r.academicYear(),
                        new RegionCode(r.regionCode()), r.grants(), r.amount())).toList());
    }

    @Override
    public List<Integer> years() {
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        years.addAll(mapper.selectPlanYears());
        years.addAll(mapper.selectTrainingYears());
        years.addAll(mapper.selectEnrolmentYears());
        return new ArrayList<>(years);
    }

    @Override
    public void clear() {
        mapper.deleteTasks();
        mapper.deleteTaskStatuses();
        mapper.deleteMilestones();
        mapper.deleteTraining();
        mapper.deleteCohorts();
        mapper.deleteSpending();
        mapper.deleteEnrolment();
        mapper.deleteStudents();
        mapper.deleteSubsidies();
    }

    private static TaskId task(String id) {
        return new TaskId(UUID.fromString(id));
    }

    private static ProgrammeId programme(String id) {
        return new ProgrammeId(UUID.fromString(id));
    }

    private static EnrolmentProgrammeId enrolment(String id) {
        return new EnrolmentProgrammeId(UUID.fromString(id));
    }

    private static List<RegionCode> regions(String codes) {
        return codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(RegionCode::new).toList();
    }
}
