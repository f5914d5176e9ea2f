package org.counterpart.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.counterpart.directory.Directory;
import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The whole lists kept in memory, against the real database: read once, and a unit registered here listed at once. */
@SpringBootTest
@Transactional
class DirectoryServiceIntegrationTests {

    @Autowired
    Directory directory;

    @Autowired
    RegisterUnit registerUnit;

    @Test
    void theRegionsAndOfficesAreReadOnceAndKept() {
        assertThat(directory.regions()).isNotEmpty().isSameAs(directory.regions());
        assertThat(directory.offices()).isNotEmpty().isSameAs(directory.offices());
        assertThat(directory.units(UnitQuery.all())).isNotEmpty().isSameAs(directory.units(UnitQuery.all()));
    }

    @Test
    void aUnitRegisteredHereIsListedAtOnce() {
        var before = directory.units(UnitQuery.all());
        var name = "缓存测试学校-" + UUID.randomUUID().toString().substring(0, 8);

        registerUnit.register(new RegisterUnitCommand(name, "Cache Test School", UnitKind.SCHOOL));

        assertThat(directory.units(UnitQuery.all())).isNotSameAs(before).extracting(Unit::nameZh).contains(name);
    }

    @Test
    void namesAndAliasesAreFoundAsTheDatabaseFindsThem() {
        assertThat(directory.unitNamed("师培中心")).map(Unit::code).map(c -> c.value()).contains("shipei");
        assertThat(directory.unitNamed("市师资培训中心")).map(Unit::code).map(c -> c.value()).contains("shipei");
        assertThat(directory.regionNamed("云南")).map(r -> r.code().value()).contains("yunnan");
        assertThat(directory.regionNamed(" 云南 ".strip())).isEqualTo(directory.regionNamed("云南"));
        assertThat(directory.unitNamed("没有这个学校")).isEmpty();
        assertThat(directory.regionNamed("没有这个地区")).isEmpty();
        assertThat(directory.officeNamed("没有这个处室")).isEmpty();
        directory.offices().forEach(o -> assertThat(directory.officeNamed(o.nameZh())).contains(o));
    }

    @Test
    void aUnitRegisteredHereIsFoundByItsNameAtOnce() {
        directory.unitNamed("师培中心"); // the units are kept from here on
        var name = "缓存测试学校-" + UUID.randomUUID().toString().substring(0, 8);

        var unit = registerUnit.register(new RegisterUnitCommand(name, "Cache Test School", UnitKind.SCHOOL));

        assertThat(directory.unitNamed(name)).contains(unit);
    }
}
