package org.counterpart.enrolment.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the subsidy table; the statements are in {@code SubsidyMapper.xml}. */
@Mapper
interface SubsidyMapper {

    record SubsidyRow(String id, String studentId, String programmeId, int termYear, int termHalf, BigDecimal amount,
            String purpose, String grantedBy, Instant grantedAt) {
    }

    record RegionRow(String regionCode, int students, int grants, BigDecimal amount) {
    }

    List<SubsidyRow> selectOfStudent(@Param("student") String studentId);

    void insert(@Param("row") SubsidyRow row);

    BigDecimal totalOf(@Param("programme") String programmeId);

    List<RegionRow> byRegionOfProgramme(@Param("programme") String programmeId);

    List<RegionRow> byRegionOfYear(@Param("year") int academicYear);
}
