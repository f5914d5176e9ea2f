package org.counterpart.reporting.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.reporting.domain.AdministrationLog;

/** SQL of the administration log; the statements are in {@code AdministrationLogMapper.xml}. */
@Mapper
interface AdministrationLogMapper {

    void insertEntry(@Param("entry") AdministrationLog.Entry entry);

    List<AdministrationLog.Entry> selectLatest(@Param("count") int count);
}
