package org.counterpart.reporting.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of the statistics' read models: what each task, milestone, programme and cohort stands at
 * ({@code reporting_stat_task} …) and the running sums ({@code reporting_stat_tally}); the statements are in
 * {@code StatisticsStoreMapper.xml}. Rows list their columns in the order the statements select them.
 */
@Mapper
interface StatisticsStoreMapper {

    record TaskRow(String taskId, int planYear, int taskNumber, boolean planned, String regionCodes,
            String leadOffice, String status, Instant statusAt) {
    }

    record MilestoneRow(String milestoneId, String taskId, int planYear, int taskNumber, LocalDate dueOn,
            boolean overdue, LocalDate reachedOn) {
    }

    record ProgrammeRow(String programmeId, Integer programmeYear, boolean planned, boolean changed,
            String regionCode, String mode, String implementingUnit, BigDecimal commissionFunding,
            BigDecimal partnerFunding, int plannedTrainees, BigDecimal spent, long inTraining, long trained,
            long completed, long certificates, long overBudget) {
    }

    record CohortRow(String cohortId, String programmeId, Integer startedTrainees, boolean completed) {
    }

    record EnrolmentProgrammeRow(String programmeId, Integer academicYear, boolean planned, boolean revised,
            String kind, String regionCode, int quota, BigDecimal funding) {
    }

    record TallyRow(int statYear, String scope, String tally, String tallyKey, String measure, BigDecimal amount) {
    }

    TaskRow selectTask(@Param("taskId") String taskId);

    List<TaskRow> selectTasks(@Param("taskIds") Collection<String> taskIds);

    List<TaskRow> selectTasksOf(@Param("year") int year, @Param("numbers") Collection<Integer> numbers);

    void upsertTasks(@Param("rows") List<TaskRow> rows);

    MilestoneRow selectMilestone(@Param("milestoneId") String milestoneId);

    List<MilestoneRow> selectOverdueMilestones(@Param("year") int year);

    int updateMilestone(@Param("row") MilestoneRow row);

    void insertMilestone(@Param("row") MilestoneRow row);

    ProgrammeRow selectProgramme(@Param("programmeId") String programmeId);

    List<ProgrammeRow> selectProgrammes(@Param("programmeIds") Collection<String> programmeIds);

    int updateProgramme(@Param("row") ProgrammeRow row);

    void insertProgramme(@Param("row") ProgrammeRow row);

    CohortRow selectCohort(@Param("cohortId") String cohortId);

    int updateCohort(@Param("row") CohortRow row);

    void insertCohort(@Param("row") CohortRow row);

    EnrolmentProgrammeRow selectEnrolmentProgramme(@Param("programmeId") String programmeId);

    List<EnrolmentProgrammeRow> selectEnrolmentProgrammes(@Param("programmeIds") Collection<String> programmeIds);

    List<EnrolmentProgrammeRow> selectEnrolmentProgrammesOf(@Param("year") int year);

    int updateEnrolmentProgramme(@Param("row") EnrolmentProgrammeRow row);

    void insertEnrolmentProgramme(@Param("row") EnrolmentProgrammeRow row);

    /** Adds to the sums there are, by their keys; the rest are inserted. */
    void addTallies(@Param("rows") Collection<TallyRow> rows);

    List<TallyRow> selectTallies(@Param("year") int year);

    List<Integer> selectYears();

    void deleteTasks();

    void deleteMilestones();

    void deleteProgrammes();

    void deleteCohorts();

    void deleteEnrolmentProgrammes();

    void deleteTallies();
}
