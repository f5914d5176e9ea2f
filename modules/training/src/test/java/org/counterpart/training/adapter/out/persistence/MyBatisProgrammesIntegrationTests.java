package org.counterpart.training.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.training.Funding;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.ProgrammeSummary;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.domain.Programme;
import org.counterpart.training.domain.ProgrammeChange;
import org.counterpart.training.domain.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Training programmes over MyBatis against the real MySQL-compatible server; money stays exact. */
@SpringBootTest
@Transactional
class MyBatisProgrammesIntegrationTests {

    @Autowired
    Programmes programmes;

    int year;

    Programme programme(int number, String name, String region, TrainingMode mode, String commission, String partner,
            int trainees, String unit) {
        return new Programme(ProgrammeId.next(), year, number, name, new RegionCode(region), mode,
                new Funding(new BigDecimal(commission), new BigDecimal(partner)), "0".equals(partner) ? null : "遵义",
                trainees, TrainingDuration.parse("3个月"), new UnitCode(unit), new OfficeCode("renshi"), 40, 0);
    }

    @BeforeEach
    void threeProgrammesOfAYearOfTheirOwn() {
        // Rolled back after each test; a year of its own keeps other tests' programmes out of the totals — also those
        // that tests of the whole application committed in the shared test database.
        var taken = programmes.years();
        do {
            year = 2040 + ThreadLocalRandom.current().nextInt(0, 50);
        } while (taken.contains(year));
        programmes.add(programme(1, "喀什“影子校长”培训", "xinjiang", TrainingMode.STUDY_IN_SHANGHAI, "96", "0", 40, "shipei"));
        programmes.add(programme(4, "果洛中学新招录教师", "qinghai", TrainingMode.STUDY_IN_SHANGHAI, "134.4", "0", 42,
                "shipei"));
        programmes.add(programme(5, "遵义“金种子”校长培训", "guizhou", TrainingMode.STUDY_IN_SHANGHAI, "20", "52", 40,
                "shipei"));
    }

    @Test
    void totalsAreExactDecimalSumsOfEverythingThatMatches() {
        var page = programmes.find(new ProgrammeQuery(year, null, null, null, 0, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totals().commissionFunding()).isEqualByComparingTo("250.4");
        assertThat(page.totals().partnerFunding()).isEqualByComparingTo("52");
        assertThat(page.totals().plannedTrainees()).isEqualTo(122);
    }

    @Test
    void filtersByRegionModeAndUnit() {
        assertThat(programmes.find(new ProgrammeQuery(year, new RegionCode("guizhou"), null, null, 0, 50)).items())
                .extracting(ProgrammeSummary::number).containsExactly(5);
        assertThat(programmes.find(new ProgrammeQuery(year, null, TrainingMode.LECTURES_ON_SITE, null, 0, 50)).total())
                .isZero();
        assertThat(programmes.find(new ProgrammeQuery(year, null, null, new UnitCode("shipei"), 0, 50)).total())
                .isEqualTo(3);
    }

    @Test
    void readsAProgrammeBackAsItWasPlanned() {
        var planned = programme(7, "喀什中小学教研活动培训", "xinjiang", TrainingMode.LECTURES_ON_SITE, "10", "0", 40,
                "jiaoyanshi");
        programmes.add(planned);

        var read = programmes.byId(planned.getId()).orElseThrow();
        assertThat(read.name()).isEqualTo("喀什中小学教研活动培训");
        assertThat(read.funding().commission()).isEqualByComparingTo("10");
        assertThat(read.duration()).isEqualTo(TrainingDuration.parse("3个月"));
        assertThat(programmes.exists(year, 7)).isTrue();
        assertThat(programmes.years()).contains(year);
    }

    @Test
    void refusesToOverwriteARevisionSavedMeanwhile() {
        var id = programmes.find(new ProgrammeQuery(year, new RegionCode("guizhou"), null, null, 0, 1)).items().get(0).id();
        var mine = programmes.byId(id).orElseThrow();
        var theirs = programmes.byId(id).orElseThrow();
        theirs.revise(new Funding(new BigDecimal("25"), new BigDecimal("52")), 40);
        programmes.update(theirs);

        mine.revise(new Funding(new BigDecimal("30"), new BigDecimal("52")), 40);
        assertThatThrownBy(() -> programmes.update(mine)).isInstanceOf(TrainingRejected.class);
        assertThat(programmes.byId(id).orElseThrow().funding().commission()).isEqualByComparingTo("25");
    }

    @Test
    void keepsEveryRecordedChange() {
        var id = programmes.find(new ProgrammeQuery(year, null, null, null, 0, 1)).items().get(0).id();
        programmes.recordChanges(id, List.of(new ProgrammeChange("commissionFunding", "96", "100")), "人事处",
                Instant.parse("2018-09-01T00:00:00Z"));

        assertThat(programmes.changesOf(id)).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("人事处");
            assertThat(c.after()).isEqualTo("100");
        });
    }
}
