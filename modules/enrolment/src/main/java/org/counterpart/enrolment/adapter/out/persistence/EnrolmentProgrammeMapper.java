package org.counterpart.enrolment.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;

/** SQL of the programme and quota tables; the statements are in {@code EnrolmentProgrammeMapper.xml}. */
@Mapper
interface EnrolmentProgrammeMapper {

    record ProgrammeRow(String id, int academicYear, String kind, String name, String regionCode, Integer planTask,
            String coordinatingOffice, BigDecimal funding, long version) {
    }

    record QuotaRow(String programmeId, String hostSchool, String major, int seats, int sortOrder) {
    }

    /** A quota line with the students holding it, by stage group. */
    record FillRow(String programmeId, String hostSchool, String major, int seats, int awaiting, int admitted,
            int enrolled, int graduated, int withdrawn) {
    }

    record TotalsRow(Long quota, Long awaiting, Long admitted, Long enrolled, Long graduated, BigDecimal funding,
            BigDecimal subsidised) {
    }

    record SubsidisedRow(String programmeId, BigDecimal amount) {
    }

    List<Integer> selectYears();

    List<ProgrammeRow> find(@Param("q") EnrolmentProgrammeQuery query, @Param("offset") int offset);

    long count(@Param("q") EnrolmentProgrammeQuery query);

    TotalsRow totals(@Param("q") EnrolmentProgrammeQuery query);

    List<FillRow> fill(@Param("ids") List<String> programmeIds);

    List<SubsidisedRow> subsidised(@Param("ids") List<String> programmeIds);

    ProgrammeRow selectById(@Param("id") String id);

    ProgrammeRow selectByIdForUpdate(@Param("id") String id);

    List<QuotaRow> selectQuotas(@Param("id") String programmeId);

    int countByKind(@Param("year") int academicYear, @Param("kind") String kind, @Param("region") String region);

    void insert(@Param("row") ProgrammeRow row);

    int update(@Param("row") ProgrammeRow row);

    void deleteQuotas(@Param("id") String programmeId);

    void insertQuotas(@Param("rows") List<QuotaRow> rows);
}
