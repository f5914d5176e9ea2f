package org.counterpart.planning.adapter.in.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Office;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitQuery;

/**
 * The names of regions, offices and units in the reader's language, read from the directory once per page or API
 * answer — a list of fifty tasks names hundreds of them.
 */
final class DirectoryLabels {

    /** A code with its name, as the API answers and the pages show. */
    record Labelled(String code, String name) {
    }

    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> offices = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    final List<Region> allRegions;
    final List<Office> allOffices;
    final List<Unit> allUnits;

    DirectoryLabels(Directory directory, Locale locale) {
        allRegions = directory.regions();
        allOffices = directory.offices();
        allUnits = directory.units(UnitQuery.all());
        allRegions.forEach(r -> regions.put(r.code().value(), r.name(locale)));
        allOffices.forEach(o -> offices.put(o.code().value(), o.name(locale)));
        allUnits.forEach(u -> units.put(u.code().value(), u.name(locale)));
    }

    String region(RegionCode code) {
        return regions.getOrDefault(code.value(), code.value());
    }

    String office(OfficeCode code) {
        return offices.getOrDefault(code.value(), code.value());
    }

    String unit(UnitCode code) {
        return units.getOrDefault(code.value(), code.value());
    }

    Labelled labelled(RegionCode code) {
        return new Labelled(code.value(), region(code));
    }

    Labelled labelled(OfficeCode code) {
        return new Labelled(code.value(), office(code));
    }

    Labelled labelled(UnitCode code) {
        return new Labelled(code.value(), unit(code));
    }
}
