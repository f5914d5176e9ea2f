package org.counterpart.directory.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.counterpart.directory.Office;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitQuery;
import org.counterpart.directory.domain.Offices;
import org.counterpart.directory.domain.Regions;
import org.counterpart.directory.domain.Registrar;
import org.counterpart.directory.domain.Schools;
import org.counterpart.directory.domain.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The directory's persistence adapters against the real MySQL-compatible server, on the notice's data. */
@SpringBootTest
@Transactional
class MyBatisDirectoryIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Regions regions;

    @Autowired
    Offices offices;

    @Autowired
    Units units;

    @Autowired
    Schools schools;

    @Test
    void holdsTheTenPartnerRegionsOfTheNoticeInItsOrder() {
        var partnerRegions = regions.all().stream().filter(Region::isPartnerRegion).map(Region::nameZh).toList();

        assertThat(partnerRegions).containsExactly("云南", "新疆", "西藏", "青海", "贵州", "万州", "夷陵", "克拉玛依",
                "西部对口地区", "其他省市");
    }

    @Test
    void holdsThePlacesTheTasksName() {
        var places = regions.all().stream().filter(r -> !r.isPartnerRegion()).map(Region::nameZh).toList();

        assertThat(places).contains("喀什四县", "日喀则", "果洛州", "遵义", "怒江州", "滇西");
        assertThat(regions.byName("喀什").map(Region::parent)).contains(new RegionCode("xinjiang"));
    }

    @Test
    void findsOfficesByTheNamesAndShortFormsTheNoticeUses() {
        assertThat(offices.byName("组干处").map(Office::nameZh)).contains("组织干部处");
        assertThat(offices.byName("办公室（信息办）").map(Office::nameZh)).contains("委办公室（信息办）");
        assertThat(offices.byName("终身教育处").map(Office::nameZh)).contains("终教处");
        assertThat(offices.all()).extracting(Office::nameZh).contains("人事处", "基教处", "职教处", "高教处", "规划处",
                "财务处", "语管处", "督导室", "德育处", "学生处", "体卫艺科处", "后保处", "青保处", "法规处");
    }

    @Test
    void findsUnitsByNameAndAliasKeepingGenericOnesAsSuch() {
        assertThat(units.byName("师培中心").map(Unit::code)).contains(new UnitCode("shipei"));
        assertThat(units.byName("相关高校").map(Unit::generic)).contains(true);
        assertThat(units.byName("同济大学").map(Unit::generic)).contains(false);
    }

    @Test
    void holdsEveryUnitOfAttachmentOne() {
        List<String> names = units.find(UnitQuery.all()).stream().map(Unit::nameZh).toList();

        assertThat(names).contains("市师资培训中心", "市教委教研室", "市德育中心", "市教育督导事务中心", "上海立信会计金融学院");
    }

    @Test
    void filtersAndPagesUnitsInTheDatabase() {
        var universities = new UnitQuery(UnitKind.UNIVERSITY, null, 0, 2);

        assertThat(units.find(universities)).hasSize(2).allMatch(u -> u.kind() == UnitKind.UNIVERSITY);
        assertThat(units.count(universities)).isGreaterThan(2);
        assertThat(units.find(new UnitQuery(null, "大学", 0, 50))).allMatch(u -> u.nameZh().contains("大学"));
        assertThat(units.find(new UnitQuery(null, "tongji", 0, 50))).extracting(Unit::nameZh).containsExactly("同济大学");
    }

    @Test
    void addsAUnitThatIsThenFoundAndItsNameTaken() {
        var name = "测试单位-" + UUID.randomUUID();
        var code = new UnitCode("u-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(units.isNameTaken(name)).isFalse();

        units.add(new Unit(code, name, "Test unit", UnitKind.SCHOOL, false, List.of()),
                new Registrar("委办公室（信息办）", "admin", Instant.parse("2018-08-13T02:00:00Z")));

        assertThat(units.byCode(code)).map(Unit::nameZh).contains(name);
        assertThat(units.isNameTaken(name)).isTrue();
        assertThat(jdbc.queryForMap("SELECT registered_by, registered_by_user, registered_at FROM directory_unit "
                + "WHERE code = ?", code.value())).containsEntry("registered_by", "委办公室（信息办）")
                .containsEntry("registered_by_user", "admin").containsKey("registered_at");
    }

    @Test
    void holdsTheSchoolsLinkedToTheirUnitsAndRegions() {
        assertThat(schools.all()).anySatisfy(s -> {
            assertThat(s.nameZh()).isEqualTo("大同中学");
            assertThat(s.unit()).isEqualTo(new UnitCode("datong"));
            assertThat(s.isInShanghai()).isTrue();
        });
        assertThat(schools.all()).anySatisfy(s -> {
            assertThat(s.nameZh()).isEqualTo("西宁果洛中学");
            assertThat(s.isInShanghai()).isFalse();
        });
    }
}
