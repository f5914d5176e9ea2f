package org.counterpart.directory.adapter.out.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.counterpart.directory.adapter.out.persistence.DirectoryRows.AliasRow;
import org.counterpart.directory.adapter.out.persistence.DirectoryRows.OfficeRow;
import org.counterpart.directory.adapter.out.persistence.DirectoryRows.RegionRow;
import org.counterpart.directory.adapter.out.persistence.DirectoryRows.SchoolRow;
import org.counterpart.directory.adapter.out.persistence.DirectoryRows.UnitRow;
import org.counterpart.directory.domain.Registrar;

/** SQL of the directory's tables; the statements are in {@code DirectoryMapper.xml}. */
@Mapper
interface DirectoryMapper {

    List<RegionRow> selectRegions();

    List<OfficeRow> selectOffices();

    List<AliasRow> selectOfficeAliases();

    List<UnitRow> selectUnits(@Param("kind") String kind, @Param("text") String text, @Param("limit") int limit,
            @Param("offset") int offset);

    long countUnits(@Param("kind") String kind, @Param("text") String text);

    UnitRow selectUnitByCode(@Param("code") String code);

    String selectUnitCodeByNameOrAlias(@Param("name") String name);

    List<AliasRow> selectUnitAliases(@Param("codes") List<String> codes);

    int countNameOrAlias(@Param("name") String name);

    int nextUnitSortOrder();

    void insertUnit(@Param("row") UnitRow row, @Param("sortOrder") int sortOrder, @Param("by") Registrar registrar);

    List<SchoolRow> selectSchools();
}
