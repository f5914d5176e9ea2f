package org.counterpart.training.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.training.domain.Cohorts;

/** SQL of cohorts, rosters, attendance and certificates; the statements are in {@code CohortMapper.xml}. */
@Mapper
interface CohortMapper {

    record CohortRow(String id, String programmeId, String name, LocalDate startDate, LocalDate endDate, String place,
            String status, long version) {
    }

    record TraineeRow(String id, String cohortId, int seq, String name, String gender, String ethnicity,
            String regionText, String organisation, String post, String phone, boolean completed) {
    }

    record AttendanceRow(String traineeId, LocalDate attendanceDate, boolean present) {
    }

    record CertificateRow(String code, String traineeId, String cohortId, String programmeId, String traineeName,
            String programmeName, String unitName, String place, LocalDate startDate, LocalDate endDate,
            LocalDate issuedOn) {
    }

    List<CohortRow> selectCohortsOfProgramme(@Param("programmeId") String programmeId);

    CohortRow selectCohort(@Param("id") String id);

    List<TraineeRow> selectTrainees(@Param("cohortIds") List<String> cohortIds);

    void insertCohort(@Param("row") CohortRow row);

    int updateCohort(@Param("row") CohortRow row);

    List<String> selectTraineeIds(@Param("cohortId") String cohortId);

    void updateTrainee(@Param("row") TraineeRow row);

    void insertTrainees(@Param("rows") List<TraineeRow> rows);

    int updateAttendance(@Param("traineeId") String traineeId, @Param("day") LocalDate day,
            @Param("present") boolean present);

    void insertAttendance(@Param("traineeId") String traineeId, @Param("day") LocalDate day,
            @Param("present") boolean present);

    List<AttendanceRow> selectAttendance(@Param("cohortId") String cohortId);

    void insertCertificate(@Param("row") CertificateRow row);

    CertificateRow selectCertificate(@Param("code") String code);

    List<CertificateRow> selectCertificatesOfCohort(@Param("cohortId") String cohortId);

    void insertPhoneReveal(@Param("cohortId") String cohortId, @Param("at") Instant at, @Param("by") String by,
            @Param("username") String username, @Param("phones") int phones);

    List<Cohorts.PhoneReveal> selectPhoneReveals(@Param("cohortId") String cohortId, @Param("limit") int limit);
}
