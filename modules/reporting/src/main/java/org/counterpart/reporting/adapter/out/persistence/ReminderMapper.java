package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the reminder run and its reminders; the statements are in {@code ReminderMapper.xml}. */
@Mapper
interface ReminderMapper {

    record ReminderRow(String id, String dutyId, String periodCode, String reminderKind, String reporterType,
            String reporterCode, LocalDate dueOn, LocalDate createdOn, Instant createdAt, String emailedTo,
            Instant emailedAt) {
    }

    void insertRun(@Param("day") LocalDate day, @Param("at") Instant at);

    List<ReminderRow> selectOfDuties(@Param("dutyIds") List<String> dutyIds);

    void insertReminder(@Param("row") ReminderRow row);

    void updateEmailed(@Param("id") String id, @Param("to") String to, @Param("at") Instant at);

    List<ReminderRow> selectOpen(@Param("reporterType") String reporterType,
            @Param("reporterCode") String reporterCode);
}
