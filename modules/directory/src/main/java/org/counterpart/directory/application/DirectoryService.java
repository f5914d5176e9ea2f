package org.counterpart.directory.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.counterpart.directory.CurrentUser;
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
import org.counterpart.directory.UserContext;
import org.counterpart.directory.domain.Offices;
import org.counterpart.directory.domain.Regions;
import org.counterpart.directory.domain.Registrar;
import org.counterpart.directory.domain.Schools;
import org.counterpart.directory.domain.UnitNames;
import org.counterpart.directory.domain.UnitRegistration;
import org.counterpart.directory.domain.Units;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's use cases. Every page and API answer that names regions, offices or units reads them whole (a list
 * of fifty tasks names hundreds), so the whole lists are kept in memory: the regions and offices for as long as the
 * application runs — only a migration changes them — and the units for {@value #UNITS_KEPT_SECONDS} s, forgotten at
 * once when a unit is registered here (another instance sees a new unit within that time). One region, office or
 * unit asked for by its code — each row of a list of 200 students names two — or by its name or alias — each row of a
 * student import names two — is found in those kept lists; one they do not hold (a unit another instance registered a
 * moment ago, a name the database's collation matches but not exactly) is looked up in the database.
 */
@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory, RegisterUnit {

    static final long UNITS_KEPT_SECONDS = 30;
    static final String SYSTEM = "system";

    private record KeptUnits(List<Unit> items, long until, Map<UnitCode, Unit> byCode, Map<String, Unit> byName) {

        static KeptUnits of(List<Unit> all, long until) {
            var byName = new HashMap<String, Unit>();
            for (var unit : all) {
                byName.putIfAbsent(unit.nameZh(), unit);
                unit.aliases().forEach(alias -> byName.putIfAbsent(alias, unit));
            }
            return new KeptUnits(all, until,
                    all.stream().collect(Collectors.toUnmodifiableMap(Unit::code, u -> u, (a, b) -> a)),
                    Map.copyOf(byName));
        }
    }

    private volatile List<Region> allRegions;
    private volatile Map<RegionCode, Region> regionsByCode;
    private volatile List<Office> allOffices;
    private volatile Map<OfficeCode, Office> officesByCode;
    private volatile KeptUnits allUnits;

    private final Regions regions;
    private final Offices offices;
    private final Units units;
    private final Schools schools;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<CurrentUser> currentUser;
    private final Clock clock;

    DirectoryService(Regions regions, Offices offices, Units units, Schools schools, ApplicationEventPublisher events,
            ObjectProvider<CurrentUser> currentUser, Optional<Clock> clock) {
        this.regions = regions;
        this.offices = offices;
        this.units = units;
        this.schools = schools;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public Unit register(RegisterUnitCommand command) {
        // Who registers it is kept with the unit; without a signed-in user (a start-up task), the system.
        var user = Optional.ofNullable(currentUser.getIfAvailable()).flatMap(CurrentUser::get);
        var registrar = new Registrar(user.map(UserContext::displayName).orElse(SYSTEM),
                user.map(UserContext::username).orElse(SYSTEM), clock.instant());
        var unit = new UnitRegistration(units).register(command, registrar);
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
        return keptUnits().items();
    }

    private KeptUnits keptUnits() {
        var kept = allUnits;
        long now = System.nanoTime();
        if (kept == null || now - kept.until() > 0) {
            var all = List.copyOf(units.find(UnitQuery.all()));
            kept = allUnits = KeptUnits.of(all, now + UNITS_KEPT_SECONDS * 1_000_000_000L);
        }
        return kept;
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
        var byCode = regionsByCode;
        if (byCode == null) {
            byCode = regionsByCode = regions().stream()
                    .collect(Collectors.toUnmodifiableMap(Region::code, r -> r, (a, b) -> a));
        }
        var kept = byCode.get(code);
        return kept != null ? Optional.of(kept) : regions.byCode(code);
    }

    @Override
    public Optional<Office> office(OfficeCode code) {
        var byCode = officesByCode;
        if (byCode == null) {
            byCode = officesByCode = offices().stream()
                    .collect(Collectors.toUnmodifiableMap(Office::code, o -> o, (a, b) -> a));
        }
        var kept = byCode.get(code);
        return kept != null ? Optional.of(kept) : offices.byCode(code);
    }

    @Override
    public Optional<Unit> unit(UnitCode code) {
        var kept = keptUnits().byCode().get(code);
        return kept != null ? Optional.of(kept) : units.byCode(code);
    }

    @Override
    public Optional<Region> regionNamed(String name) {
        var normalised = UnitNames.normalise(name);
        return regions().stream().filter(r -> r.nameZh().equals(normalised)).findFirst()
                .or(() -> regions.byName(normalised));
    }

    @Override
    public Optional<Office> officeNamed(String name) {
        var normalised = UnitNames.normalise(name);
        return offices().stream().filter(o -> o.nameZh().equals(normalised) || o.aliases().contains(normalised))
                .findFirst().or(() -> offices.byName(normalised));
    }

    @Override
    public Optional<Unit> unitNamed(String name) {
        var normalised = UnitNames.normalise(name);
        return Optional.ofNullable(keptUnits().byName().get(normalised)).or(() -> units.byName(normalised));
    }
}
