package org.counterpart.training.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.training.ProgrammeQuery;

/** SQL of the training tables; the statements are in {@code ProgrammeMapper.xml}. */
@Mapper
interface ProgrammeMapper {

    record ProgrammeRow(String id, int programmeYear, int seq, String name, String regionCode, String mode,
            BigDecimal commissionFunding, BigDecimal partnerFunding, String partnerName, int plannedTrainees,
            int durationMin, int durationMax, String durationUnit, String implementingUnit, String coordinatingOffice,
            Integer planTask, long version) {
    }

    /** The filtered programmes' sums, and how many they are (one pass for both). */
    record TotalsRow(long programmes, BigDecimal commissionFunding, BigDecimal partnerFunding, Long plannedTrainees,
            BigDecimal budgeted, BigDecimal spent) {
    }

    record MoneyRow(String programmeId, BigDecimal budgeted, BigDecimal spent) {
    }

    List<MoneyRow> money(@Param("ids") List<String> programmeIds);

    record ChangeRow(String programmeId, Instant changedAt, String changedBy, String fieldName, String beforeText,
            String afterText) {
    }

    List<Integer> selectYears();

    List<ProgrammeRow> find(@Param("q") ProgrammeQuery query, @Param("offset") int offset);

    TotalsRow totals(@Param("q") ProgrammeQuery query);

    ProgrammeRow selectById(@Param("id") String id);

    int countByNumber(@Param("year") int year, @Param("seq") int seq);

    void insert(@Param("row") ProgrammeRow row);

    int update(@Param("row") ProgrammeRow row);

    void insertChanges(@Param("rows") List<ChangeRow> rows);

    List<ChangeRow> selectChanges(@Param("id") String programmeId);
}
