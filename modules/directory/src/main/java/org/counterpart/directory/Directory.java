package org.counterpart.directory;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The reference data every module reads: regions and places, offices, units, schools. Names are resolved the way
 * the notices write them, aliases included (组干处, 师培中心).
 */
@PrimaryPort
public interface Directory {

    /** Partner regions and places, partner regions first, each in the notice's order. */
    List<Region> regions();

    List<Office> offices();

    /** Units matching the query, in the notice's order. */
    List<Unit> units(UnitQuery query);

    long countUnits(UnitQuery query);

    List<School> schools();

    Optional<Region> region(RegionCode code);

    Optional<Office> office(OfficeCode code);

    Optional<Unit> unit(UnitCode code);

    /** The region or place of that Chinese name. */
    Optional<Region> regionNamed(String name);

    /** The office of that name or alias (基教处, 组干处, 办公室（信息办）). */
    Optional<Office> officeNamed(String name);

    /** The unit of that name or alias (师培中心). */
    Optional<Unit> unitNamed(String name);
}
