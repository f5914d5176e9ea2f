package org.counterpart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.directory.RegionCode;
import org.counterpart.reporting.RecordStatistics;
import org.counterpart.reporting.StatisticsQueries;
import org.counterpart.training.ProgrammePlanned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A year's statistics are read once and kept until an event changes them, on the real server: asked again, the same
 * answer; after an event, the new figures. Not in a test transaction: the answers are kept only for readers that
 * cannot write (each request's own read-only transaction), so these events are committed, in a year of their own.
 */
@SpringBootTest(properties = { "spring.messages.basename=i18n/reporting/messages",
        "spring.messages.fallback-to-system-locale=false" })
class StatisticsAnswersKeptIntegrationTests {

    @Autowired
    RecordStatistics record;

    @Autowired
    StatisticsQueries statistics;

    int year;

    @BeforeEach
    void aYearOfItsOwn() {
        year = StatisticsServiceIntegrationTests.yearWithoutStatistics(statistics);
    }

    ProgrammePlanned programme(String commission, int trainees) {
        return StatisticsServiceIntegrationTests.programme(year, commission, "0", trainees);
    }

    @Test
    void anAnswerIsKeptUntilAnEventChangesTheFigures() {
        record.receive(programme("7", 50));

        var first = statistics.statistics(year, null);
        assertThat(statistics.statistics(year, null)).as("asked again, read from memory").isSameAs(first);
        assertThat(first.training().total().plannedTrainees()).isEqualTo(50);

        record.receive(programme("3", 20));

        var after = statistics.statistics(year, null);
        assertThat(after).isNotSameAs(first);
        assertThat(after.training().total().plannedTrainees()).isEqualTo(70);
        assertThat(after.training().total().commissionFunding()).isEqualByComparingTo("10");
        assertThat(statistics.statistics(year, new RegionCode("guizhou"))).as("another region, another answer")
                .isNotSameAs(after);
    }
}
