package org.counterpart.enrolment.adapter.out.persistence;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.enrolment.StudentQuery;

/** SQL of the student table; the statements are in {@code StudentMapper.xml}. */
@Mapper
interface StudentMapper {

    record StudentRow(String id, String programmeId, String name, String gender, String ethnicity,
            String nationalIdSealed, String nationalIdLookup, String nationalIdMasked, String regionCode,
            String county, boolean poverty, String hostSchool, String major, int cohortYear, String stage,
            String withdrawalReason, boolean overQuota, long version) {
    }

    List<StudentRow> find(@Param("q") StudentQuery query, @Param("programme") String programmeId,
            @Param("namePattern") String namePattern, @Param("offset") int offset);

    long count(@Param("q") StudentQuery query, @Param("programme") String programmeId,
            @Param("namePattern") String namePattern);

    StudentRow selectById(@Param("id") String id);

    List<String> selectRegistered(@Param("programme") String programmeId, @Param("lookups") Collection<String> lookups);

    int update(@Param("row") StudentRow row);
}
