package org.counterpart.planning.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Office;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitQuery;

/**
 * The directory's names, read once for a whole import or export, so that a file of thousands of rows costs a
 * handful of queries: names and aliases to codes, codes to the names the notice writes.
 */
final class DirectoryNames {

    private final Map<String, RegionCode> partnerRegions = new HashMap<>();
    private final Map<String, RegionCode> places = new LinkedHashMap<>();
    private final Map<String, OfficeCode> offices = new HashMap<>();
    private final Map<String, UnitCode> units = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, String> officeNames = new HashMap<>();
    private final Map<String, String> unitNames = new HashMap<>();

    DirectoryNames(Directory directory) {
        for (Region region : directory.regions()) {
            (region.isPartnerRegion() ? partnerRegions : places).put(region.nameZh(), region.code());
            regionNames.put(region.code().value(), region.nameZh());
        }
        for (Office office : directory.offices()) {
            offices.put(office.nameZh(), office.code());
            office.aliases().forEach(alias -> offices.put(alias, office.code()));
            officeNames.put(office.code().value(), office.nameZh());
        }
        int page = 0;
        List<Unit> batch;
        do {
            batch = directory.units(new UnitQuery(null, null, page++, UnitQuery.MAX_PAGE_SIZE));
            for (Unit unit : batch) {
                units.put(unit.nameZh(), unit.code());
                unit.aliases().forEach(alias -> units.put(alias, unit.code()));
                unitNames.put(unit.code().value(), unit.nameZh());
            }
        } while (batch.size() == UnitQuery.MAX_PAGE_SIZE);
    }

    Optional<RegionCode> partnerRegion(String name) {
        return Optional.ofNullable(partnerRegions.get(name));
    }

    /** Every place (below a partner region) by name, in the directory's order. */
    Map<String, RegionCode> places() {
        return places;
    }

    java.util.Set<String> officeNamesAndAliases() {
        return offices.keySet();
    }

    Optional<OfficeCode> office(String name) {
        return Optional.ofNullable(offices.get(name));
    }

    Optional<UnitCode> unit(String name) {
        return Optional.ofNullable(units.get(name));
    }

    String nameOf(RegionCode code) {
        return regionNames.getOrDefault(code.value(), code.value());
    }

    String nameOf(OfficeCode code) {
        return officeNames.getOrDefault(code.value(), code.value());
    }

    String nameOf(UnitCode code) {
        return unitNames.getOrDefault(code.value(), code.value());
    }
}
