package org.counterpart.directory.application;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Office;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.School;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitQuery;
import org.counterpart.directory.UnitRegistered;
import org.counterpart.directory.domain.Offices;
import org.counterpart.directory.domain.Regions;
import org.counterpart.directory.domain.Schools;
import org.counterpart.directory.domain.UnitNames;
import org.counterpart.directory.domain.UnitRegistration;
import org.counterpart.directory.domain.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's use cases. Every page and API answer that names regions, offices or units reads them whole (a list
 * of fifty tasks names hundreds), so the whole lists are kept in memory: the regions and offices for as long as the
 * application runs — only a migration changes them — and the units for {@value #UNITS_KEPT_SECONDS} s, forgotten at
 * once when a unit is registered here (another instance sees a new unit within that time).
 */
@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory, RegisterUnit {

    static final long UNITS_KEPT_SECONDS = 30;

    private record Kept<T>(List<T> items, long until) {
    }

    private volatile List<Region> allRegions;
    private volatile List<Office> allOffices;
    private volatile Kept<Unit> allUnits;

    private final Regions regions;
    private final Offices offices;
    private final Units units;
    private final Schools schools;
    private final ApplicationEventPublisher events;

    DirectoryService(Regions regions, Offices offices, Units units, Schools schools, ApplicationEventPublisher events) {
        this.regions = regions;
        this.offices = offices;
        this.units = units;
        this.schools = schools;
        this.events = events;
    }

    @Override
    @Transactional
    public Unit register(RegisterUnitCommand command) {
        var unit = new UnitRegistration(units).register(command);
        allUnits = null;
        events.publishEvent(new UnitRegistered(unit.code(), unit.nameZh(), unit.nameEn(), unit.kind()));
        return unit;
    }

    @Override
    public List<Region> regions() {
        var kept = allRegions;
        if (kept == null) {
            kept = allRegions = List.copyOf(regions.all());
        }
        return kept;
    }

    @Override
    public List<Office> offices() {
        var kept = allOffices;
        if (kept == null) {
            kept = allOffices = List.copyOf(offices.all());
        }
        return kept;
    }

    @Override
    public List<Unit> units(UnitQuery query) {
        if (!query.equals(UnitQuery.all())) {
            return units.find(query);
        }
        var kept = allUnits;
        long now = System.nanoTime();
        if (kept == null || now - kept.until() > 0) {
            kept = allUnits = new Kept<>(List.copyOf(units.find(query)), now + UNITS_KEPT_SECONDS * 1_000_000_000L);
        }
        return kept.items();
    }

    @Override
    public long countUnits(UnitQuery query) {
        return units.count(query);
    }

    @Override
    public List<School> schools() {
        return schools.all();
    }

    @Override
    public Optional<Region> region(RegionCode code) {
        return regions.byCode(code);
    }

    @Override
    public Optional<Office> office(OfficeCode code) {
        return offices.byCode(code);
    }

    @Override
    public Optional<Unit> unit(UnitCode code) {
        return units.byCode(code);
    }

    @Override
    public Optional<Region> regionNamed(String name) {
        return regions.byName(UnitNames.normalise(name));
    }

    @Override
    public Optional<Office> officeNamed(String name) {
        return offices.byName(UnitNames.normalise(name));
    }

    @Override
    public Optional<Unit> unitNamed(String name) {
        return units.byName(UnitNames.normalise(name));
    }
}
