package org.counterpart.planning.adapter.out.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code planning_import}; the statements are in {@code PlanImportMapper.xml}. */
@Mapper
interface PlanImportMapper {

    void insertImport(@Param("row") ImportRow row);

    void updateImport(@Param("row") ImportRow row);

    ImportRow selectImport(@Param("id") String id);

    record ImportRow(String id, int planYear, String requestedBy, String state, int rowCount, int written, int added,
            int updated, int unchanged, String problems, Instant startedAt, Instant heartbeatAt, Instant finishedAt) {
    }
}
