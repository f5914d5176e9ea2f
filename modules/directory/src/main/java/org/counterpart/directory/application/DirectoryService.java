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

@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory, RegisterUnit {

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
        events.publishEvent(new UnitRegistered(unit.code(), unit.nameZh(), unit.nameEn(), unit.kind()));
        return unit;
    }

    @Override
    public List<Region> regions() {
        return regions.all();
    }

    @Override
    public List<Office> offices() {
        return offices.all();
    }

    @Override
    public List<Unit> units(UnitQuery query) {
        return units.find(query);
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
