package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code reporting_activity}; the statements are in {@code ActivityMapper.xml}. */
@Mapper
interface ActivityMapper {

    record ActivityRow(Instant occurredAt, String kind, String subject, String sourceModule) {
    }

    void insert(@Param("row") ActivityRow row);

    List<ActivityRow> selectNewest(@Param("limit") int limit);
}
