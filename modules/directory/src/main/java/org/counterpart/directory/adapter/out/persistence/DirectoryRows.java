package org.counterpart.directory.adapter.out.persistence;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rows of the directory's tables, as MyBatis reads and writes them. */
final class DirectoryRows {

    private DirectoryRows() {
    }

    record RegionRow(String code, String nameZh, String nameEn, String kind, String parentCode) {
    }

    record OfficeRow(String code, String nameZh, String nameEn) {
    }

    record UnitRow(String code, String nameZh, String nameEn, String kind, boolean generic) {
    }

    record SchoolRow(String code, String nameZh, String nameEn, String stage, String regionCode, String unitCode) {
    }

    record AliasRow(String alias, String ownerCode) {
    }

    /** Aliases by the code of the office or unit they belong to. */
    static Map<String, List<String>> byOwner(List<AliasRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(AliasRow::ownerCode,
                Collectors.mapping(AliasRow::alias, Collectors.toList())));
    }
}
