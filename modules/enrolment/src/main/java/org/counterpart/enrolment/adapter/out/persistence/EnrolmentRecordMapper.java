package org.counterpart.enrolment.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.enrolment.domain.EnrolmentRecords;

/**
 * SQL of the change record and the reveal log; the statements are in {@code EnrolmentRecordMapper.xml}. There is no
 * update and no delete: the record is only ever added to.
 */
@Mapper
interface EnrolmentRecordMapper {

    record ChangeRow(String programmeId, String subjectId, Instant changedAt, String changedBy, String fieldName,
            String beforeText, String afterText) {
    }

    record RevealRow(String studentId, String revealedBy, Instant revealedAt, String reason) {
    }

    List<ChangeRow> selectChanges(@Param("subject") String subjectId);

    void insertReveal(@Param("row") RevealRow row);

    List<RevealRow> selectReveals(@Param("student") String studentId);

    void insertStudentsShown(@Param("programme") String programme, @Param("student") String student,
            @Param("students") int students, @Param("by") String by, @Param("username") String username,
            @Param("at") Instant at);

    List<EnrolmentRecords.StudentsShown> selectStudentsShown(@Param("programme") String programme,
            @Param("last") int last);
}
