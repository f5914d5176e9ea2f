package org.counterpart.training.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of budget lines and spending; the statements are in {@code BudgetMapper.xml}. */
@Mapper
interface BudgetMapper {

    record LineRow(String id, String programmeId, String category, BigDecimal planned) {
    }

    record SpendingRow(String id, String programmeId, String lineId, LocalDate spentOn, BigDecimal amount,
            String description, String overBudgetReason, String recordedBy, Instant recordedAt) {
    }

    /** Takes the programme's row lock; budget changes of one programme then happen one after the other. */
    String lockProgramme(@Param("programmeId") String programmeId);

    List<LineRow> selectLines(@Param("programmeId") String programmeId);

    List<SpendingRow> selectSpending(@Param("programmeId") String programmeId);

    void insertLine(@Param("row") LineRow row);

    void insertSpending(@Param("row") SpendingRow row);
}
