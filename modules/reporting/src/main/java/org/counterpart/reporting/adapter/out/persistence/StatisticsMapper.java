package org.counterpart.reporting.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of the statistics: the event log ({@code reporting_event_log}), its write lock ({@code reporting_stat_replay})
 * and the facts by year ({@code reporting_stat_*}); the statements are in {@code StatisticsMapper.xml}. Rows list
 * their columns in the order the statements select them.
 */
@Mapper
interface StatisticsMapper {

    record LogRow(long seq, String eventId, String eventType, String payload, Instant receivedAt) {
    }

    record RebuildRow(Instant rebuiltAt, long replayed, long skipped) {
    }

    record TaskRow(long logSeq, String taskId, int planYear, int taskNumber, String leadOffice, String regionCodes) {
    }

    record TaskStatusRow(long logSeq, String taskId, int planYear, int taskNumber, String status, Instant statusAt) {
    }

    record MilestoneRow(long logSeq, String milestoneId, String taskId, int planYear, int taskNumber,
            LocalDate dueOn, boolean overdue, LocalDate reachedOn) {
    }

    record TrainingRow(long logSeq, String programmeId, int programmeYear, boolean planned, String regionCode,
            String mode, String implementingUnit, BigDecimal commissionFunding, BigDecimal partnerFunding,
            int plannedTrainees) {
    }

    record CohortRow(long logSeq, String cohortId, String programmeId, String happening, int trainees,
            int completed) {
    }

    record SpendingRow(long logSeq, String programmeId, BigDecimal amount, boolean overBudget) {
    }

    record EnrolmentRow(long logSeq, String programmeId, int academicYear, boolean planned, String kind,
            String regionCode, int quota, BigDecimal funding) {
    }

    record StudentsRow(long logSeq, String programmeId, int academicYear, String kind, String regionCode,
            String stage, int students) {
    }

    record SubsidyRow(long logSeq, String programmeId, int academicYear, String regionCode, int grants,
            BigDecimal amount) {
    }

    // --- the log --------------------------------------------------------------------------------------------------

    /** Takes the row lock of {@code reporting_stat_replay} until the transaction ends. */
    Integer lockForWriting();

    int countEvent(@Param("eventId") String eventId);

    void insertEvent(@Param("eventId") String eventId, @Param("eventType") String eventType,
            @Param("source") String source, @Param("factYear") Integer factYear, @Param("payload") String payload,
            @Param("receivedAt") Instant receivedAt);

    Long selectSeq(@Param("eventId") String eventId);

    List<LogRow> selectEventsAfter(@Param("seq") long seq, @Param("limit") int limit);

    int countKnown(@Param("source") String source, @Param("factYear") int factYear);

    long countEvents();

    Instant selectLastReceived();

    void updateRebuild(@Param("rebuiltAt") Instant rebuiltAt, @Param("replayed") long replayed,
            @Param("skipped") long skipped);

    RebuildRow selectRebuild();

    // --- the facts ------------------------------------------------------------------------------------------------

    void insertTask(@Param("row") TaskRow row);

    void insertTaskStatus(@Param("row") TaskStatusRow row);

    void insertMilestone(@Param("row") MilestoneRow row);

    void insertTraining(@Param("row") TrainingRow row);

    void insertCohort(@Param("row") CohortRow row);

    void insertSpending(@Param("row") SpendingRow row);

    void insertEnrolment(@Param("row") EnrolmentRow row);

    void insertStudents(@Param("row") StudentsRow row);

    void insertSubsidy(@Param("row") SubsidyRow row);

    List<TaskRow> selectTasks(@Param("year") int year);

    List<TaskStatusRow> selectTaskStatuses(@Param("year") int year);

    List<MilestoneRow> selectMilestones(@Param("year") int year);

    List<TrainingRow> selectTraining(@Param("year") int year);

    List<CohortRow> selectCohorts(@Param("year") int year);

    List<SpendingRow> selectSpending(@Param("year") int year);

    List<EnrolmentRow> selectEnrolment(@Param("year") int year);

    List<StudentsRow> selectStudents(@Param("year") int year);

    List<SubsidyRow> selectSubsidies(@Param("year") int year);

    List<Integer> selectPlanYears();

    List<Integer> selectTrainingYears();

    List<Integer> selectEnrolmentYears();

    void deleteTasks();

    void deleteTaskStatuses();

    void deleteMilestones();

    void deleteTraining();

    void deleteCohorts();

    void deleteSpending();

    void deleteEnrolment();

    void deleteStudents();

    void deleteSubsidies();
}
