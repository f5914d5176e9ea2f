package org.counterpart.reporting.adapter.out.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The token of the last change to duties or reports ({@code reporting_report_changes}); the statements are in
 * {@code ReportChangesMapper.xml}.
 */
@Mapper
interface ReportChangesMapper {

    String selectToken();

    void updateToken(@Param("token") String token);
}
