package org.counterpart.planning.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.ChangeRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.CountRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.MilestoneRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.PlanRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.ProgressRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.StatusCountRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.TaskRow;
import org.counterpart.planning.adapter.out.persistence.PlanningRows.TaskValueRow;

/** SQL of the planning tables; the statements are in {@code PlanningMapper.xml}. */
@Mapper
interface PlanningMapper {

    List<PlanRow> selectPlans();

    PlanRow selectPlan(@Param("year") int year);

    void insertPlan(@Param("row") PlanRow row);

    Long selectRevision(@Param("year") int year);

    int advanceRevision(@Param("year") int year);

    TaskRow selectTask(@Param("year") int year, @Param("number") int number);

    List<TaskRow> selectTasksOfPlan(@Param("year") int year);

    List<TaskRow> selectTasksByIds(@Param("ids") List<String> ids);

    List<TaskRow> findTasks(@Param("q") TaskQuery query, @Param("offset") int offset);

    long countTasks(@Param("q") TaskQuery query);

    List<StatusCountRow> countTasksByStatus(@Param("year") int year);

    List<String> selectTaskIdsWithOverdueMilestones(@Param("today") LocalDate today);

    List<TaskValueRow> selectValues(@Param("ids") List<String> taskIds);

    List<MilestoneRow> selectMilestones(@Param("ids") List<String> taskIds);

    List<CountRow> countOverdueMilestones(@Param("ids") List<String> taskIds, @Param("today") LocalDate today);

    int updateTask(@Param("row") TaskRow row);

    void deleteValues(@Param("taskId") String taskId);

    void insertValues(@Param("rows") List<TaskValueRow> rows);

    List<String> selectMilestoneIds(@Param("taskId") String taskId);

    void deleteMilestonesByIds(@Param("ids") List<String> ids);

    void updateMilestone(@Param("r") MilestoneRow row);

    void insertMilestones(@Param("rows") List<MilestoneRow> rows);

    void insertProgress(@Param("row") ProgressRow row);

    List<ProgressRow> selectProgress(@Param("taskId") String taskId);

    void insertChanges(@Param("rows") List<ChangeRow> rows);

    List<ChangeRow> selectChanges(@Param("taskId") String taskId);

    void insertJobRun(@Param("job") String job, @Param("day") LocalDate day, @Param("at") java.time.Instant at);

    List<String> selectFlaggedMilestones(@Param("ids") List<String> milestoneIds);

    void insertOverdueFlag(@Param("milestone") String milestone, @Param("task") String task,
            @Param("on") LocalDate on);
}
