package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.reporting.domain.DutyChange;

/** SQL of reporting duties; the statements are in {@code DutyMapper.xml}. */
@Mapper
interface DutyMapper {

    record DutyRow(String id, int dutyYear, String reporterType, String reporterCode, String subjectType,
            String subjectRef, String subjectLabel, String reportKind, String frequency, int daysAllowed,
            LocalDate dueOn, String contactEmail, String note, Instant createdAt, String createdBy, long version) {
    }

    record ReporterParam(String type, String code) {
    }

    record ChangeRow(Instant changedAt, String changedBy, String field, String beforeText, String afterText) {
    }

    DutyRow selectDuty(@Param("id") String id);

    List<DutyRow> selectDuties(@Param("fromYear") Integer fromYear, @Param("toYear") Integer toYear,
            @Param("reporters") List<ReporterParam> reporters, @Param("kind") String kind);

    int countOfYear(@Param("year") int year);

    void insertDuty(@Param("row") DutyRow row);

    int updateDuty(@Param("row") DutyRow row);

    void deleteReminders(@Param("dutyId") String dutyId);

    int deleteDuty(@Param("id") String id, @Param("version") long version);

    void insertChanges(@Param("dutyId") String dutyId, @Param("changes") List<DutyChange> changes,
            @Param("by") String by, @Param("at") Instant at);

    List<ChangeRow> selectChanges(@Param("dutyId") String dutyId);
}
