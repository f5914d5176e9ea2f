package org.counterpart.reporting.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.domain.InMemoryStatisticsStore;
import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsWriteBuffer;
import org.counterpart.reporting.domain.StatisticsDirectory;
import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.counterpart.reporting.domain.StatisticsFact;
import org.counterpart.reporting.domain.StatisticsFact.CohortFact;
import org.counterpart.reporting.domain.StatisticsFact.EnrolmentFact;
import org.counterpart.reporting.domain.StatisticsFact.Happening;
import org.counterpart.reporting.domain.StatisticsFact.MilestoneFact;
import org.counterpart.reporting.domain.StatisticsFact.SpendingFact;
import org.counterpart.reporting.domain.StatisticsFact.StudentsFact;
import org.counterpart.reporting.domain.StatisticsFact.SubsidyFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskStatusFact;
import org.counterpart.reporting.domain.StatisticsFact.TrainingFact;
import org.counterpart.reporting.domain.StatisticsLedger;
import org.counterpart.reporting.domain.StatisticsStore;
import org.counterpart.reporting.domain.StatisticsStore.TaskState;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics' read models and event log against the real MySQL-compatible server. The database is shared, so a
 * year no one else uses; every test is rolled back.
 */
@SpringBootTest
@Transactional
class MyBatisStatisticsStoreIntegrationTests {

    @Autowired
    StatisticsStore store;

    @Autowired
    LoggedEvents log;

    int year;

    /** The database is shared and module tests elsewhere commit: a year of which the statistics hold nothing. */
    @BeforeEach
    void aYearOfItsOwn() {
        var taken = store.years();
        do {
            year = 2040 + ThreadLocalRandom.current().nextInt(0, 60);
        } while (taken.contains(year));
    }

    /** One fact of every kind, in the scale the tables keep amounts and the precision they keep instants. */
    List<StatisticsFact> everyKind() {
        var task = TaskId.next();
        var programme = ProgrammeId.next();
        var cohort = CohortId.next();
        var enrolment = EnrolmentProgrammeId.next();
        return List.of(
                new TaskFact(task, year, 21, List.of(new RegionCode("xinjiang"), new RegionCode("xizang")),
                        new OfficeCode("jijiao")),
                new TaskStatusFact(task, year, 21, TaskStatus.DELAYED, Instant.parse("2050-03-04T05:06:07Z")),
                new MilestoneFact(UUID.randomUUID(), task, year, 21, LocalDate.of(year, 6, 30), true, null),
                new MilestoneFact(UUID.randomUUID(), task, year, 21, LocalDate.of(year, 5, 31), false,
                        LocalDate.of(year, 6, 2)),
                new TrainingFact(programme, year, true, new RegionCode("guizhou"), TrainingMode.CLASSES_IN_SHANGHAI,
                        new UnitCode("shipei"), new BigDecimal("7.00"), new BigDecimal("14.00"), 50),
                new TrainingFact(programme, year, false, null, null, null, new BigDecimal("8.50"),
                        new BigDecimal("14.00"), 55),
                new CohortFact(cohort, programme, Happening.STARTED, 50, 0),
                new CohortFact(cohort, programme, Happening.COMPLETED, 50, 48),
                new CohortFact(cohort, programme, Happening.CERTIFICATE, 0, 0),
                new SpendingFact(programme, new BigDecimal("2.50"), false),
                new SpendingFact(programme, new BigDecimal("0.00"), true),
                new EnrolmentFact(enrolment, year, true, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        new RegionCode("western-partners"), 130, new BigDecimal("224.30")),
                new EnrolmentFact(enrolment, year, false, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, null, 140,
                        new BigDecimal("230.00")),
                new StudentsFact(enrolment, year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, new RegionCode("kashgar"),
                        StudentStage.ADMITTED, -1),
                new StudentsFact(enrolment, year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, new RegionCode("kashgar"),
                        StudentStage.ENROLLED, 1),
                new SubsidyFact(enrolment, year, new RegionCode("zepu"), 1, new BigDecimal("3000.00")),
                new SubsidyFact(null, year, new RegionCode("xinjiang"), 4, new BigDecimal("9000.50")));
    }

    /** 喀什 lies in 新疆, 泽普县 in 喀什. */
    static final StatisticsDirectory DIRECTORY = new StatisticsDirectory(Map.of("kashgar", "xinjiang", "zepu",
            "kashgar"), List.of("xinjiang", "xizang", "guizhou", "kashgar", "zepu"), List.of("jijiao"),
            List.of("shipei"));

    static final CompletenessReport NO_DUTIES = CompletenessReport.none(2050, LocalDate.of(2050, 1, 1));

    @Test
    void keepsWhatTheFactsAddUpToAsTheLedgerInMemoryDoes() {
        var stated = everyKind();
        var inMemory = new StatisticsLedger(new InMemoryStatisticsStore(), DIRECTORY);
        var inDatabase = new StatisticsLedger(store, DIRECTORY);
        inMemory.record(stated);
        inDatabase.record(stated.subList(0, 9));
        inDatabase.record(stated.subList(9, stated.size()));

        var figures = inDatabase.statistics(year, null, NO_DUTIES);
        assertThat(figures).isEqualTo(inMemory.statistics(year, null, NO_DUTIES));
        assertThat(inDatabase.statistics(year, new RegionCode("kashgar"), NO_DUTIES))
                .isEqualTo(inMemory.statistics(year, new RegionCode("kashgar"), NO_DUTIES));
        // What they add up to, so the comparison is of something: amounts exact in the tables' scale.
        assertThat(figures.tasks().byStatus()).containsEntry(TaskStatus.DELAYED, 1L);
        assertThat(figures.tasks().byRegion()).extracting(t -> t.code()).containsExactly("xinjiang", "xizang");
        assertThat(figures.tasks().overdue()).singleElement().satisfies(m -> assertThat(m.task()).isEqualTo(21));
        assertThat(figures.training().total().commissionFunding()).isEqualByComparingTo("8.5");
        assertThat(figures.training().total().trained()).isEqualTo(50);
        assertThat(figures.training().total().spent()).isEqualByComparingTo("2.5");
        assertThat(figures.training().total().overBudget()).isEqualTo(1);
        assertThat(figures.enrolment().quota()).isEqualTo(140);
        assertThat(figures.enrolment().subsidies().amount()).isEqualByComparingTo("12000.50");
        assertThat(figures.enrolment().subsidiesByRegion()).singleElement()
                .satisfies(t -> assertThat(t.code()).isEqualTo("xinjiang"));
        assertThat(inDatabase.statistics(year, new RegionCode("zepu"), NO_DUTIES).enrolment().subsidies().grants())
                .as("only the grant in 泽普县").isEqualTo(1);
    }

    @Test
    void recordedAsOneGroupThroughTheWriteBufferTheFactsAddUpAsRecordedOneByOne() {
        var stated = everyKind();
        var inMemory = new StatisticsLedger(new InMemoryStatisticsStore(), DIRECTORY);
        inMemory.record(stated);
        var buffer = new StatisticsWriteBuffer(store);
        StatisticsLedger.recording(buffer).record(stated);
        buffer.flush();

        var inDatabase = new StatisticsLedger(store, DIRECTORY);
        assertThat(inDatabase.statistics(year, null, NO_DUTIES)).isEqualTo(inMemory.statistics(year, null, NO_DUTIES));
        assertThat(inDatabase.statistics(year, new RegionCode("kashgar"), NO_DUTIES))
                .isEqualTo(inMemory.statistics(year, new RegionCode("kashgar"), NO_DUTIES));
    }

    @Test
    void manyTasksAreSavedInBatchesInsertedOrUpdated() {
        var tasks = java.util.stream.IntStream.rangeClosed(1, 1200).mapToObj(n -> new TaskState(TaskId.next(), year,
                n, true, List.of(new RegionCode("yunnan")), new OfficeCode("jijiao"), null, null)).toList();
        store.saveTasks(tasks);
        var moved = Instant.parse("2050-05-06T07:08:09Z");
        store.saveTasks(List.of(new TaskState(tasks.get(7).task(), year, 8, true, List.of(new RegionCode("xizang")),
                new OfficeCode("jijiao"), TaskStatus.COMPLETED, moved)));

        assertThat(store.tasksOf(year, java.util.stream.IntStream.rangeClosed(1, 1200).boxed().toList()))
                .hasSize(1200);
        assertThat(store.task(tasks.get(7).task())).hasValueSatisfying(t -> {
            assertThat(t.regions()).containsExactly(new RegionCode("xizang"));
            assertThat(t.status()).isEqualTo(TaskStatus.COMPLETED);
            assertThat(t.statusAt()).isEqualTo(moved);
        });
    }

    @Test
    void manyEventsAreLookedUpAndAppendedTogetherInTheirOrder() {
        var received = Instant.parse("2052-02-03T04:05:06Z");
        var entries = new java.util.ArrayList<LoggedEvents.Entry>();
        for (int n = 1; n <= 450; n++) {
            entries.add(new LoggedEvents.Entry(UUID.randomUUID(), "planning.TaskPlanned", Source.PLANNING, year,
                    new TaskPlanned(TaskId.next(), year, n, List.of(new RegionCode("yunnan")),
                            new OfficeCode("bangongshi")), received));
        }
        var before = log.count();
        var firstSeq = log.append(UUID.randomUUID(), "planning.TaskPlanned", Source.PLANNING, year,
                new TaskPlanned(TaskId.next(), year, 0, List.of(), new OfficeCode("bangongshi")), received);
        log.appendAll(entries);

        assertThat(log.count()).isEqualTo(before + 451);
        var someIds = new java.util.ArrayList<>(entries.stream().map(LoggedEvents.Entry::id).toList());
        var stranger = UUID.randomUUID();
        someIds.add(stranger);
        assertThat(log.containing(someIds)).hasSize(450).doesNotContain(stranger);
        assertThat(log.after(firstSeq, 450)).extracting(e -> ((TaskPlanned) e.event()).number())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 450).boxed().toList());
    }

    @Test
    void readsBackWhatEachTaskAndProgrammeStandsAt() {
        var stated = everyKind();
        new StatisticsLedger(store, DIRECTORY).record(stated);
        var task = ((TaskFact) stated.get(0)).task();
        var programme = ((TrainingFact) stated.get(4)).programme();

        assertThat(store.task(task)).hasValueSatisfying(t -> {
            assertThat(t.planned()).isTrue();
            assertThat(t.regions()).containsExactly(new RegionCode("xinjiang"), new RegionCode("xizang"));
            assertThat(t.status()).isEqualTo(TaskStatus.DELAYED);
            assertThat(t.statusAt()).isEqualTo(Instant.parse("2050-03-04T05:06:07Z"));
        });
        assertThat(store.tasksOf(year, List.of(21, 22))).extracting(t -> t.task()).containsExactly(task);
        assertThat(store.programme(programme)).hasValueSatisfying(p -> {
            assertThat(p.changed()).isTrue();
            assertThat(p.plannedTrainees()).isEqualTo(55);
            assertThat(p.spent()).isEqualByComparingTo("2.5");
            assertThat(p.certificates()).isEqualTo(1);
        });
        assertThat(store.enrolmentProgrammes(year)).singleElement().satisfies(p -> assertThat(p.revised()).isTrue());
    }

    @Test
    void anotherYearsFiguresAreNotThisYears() {
        new StatisticsLedger(store, DIRECTORY).record(everyKind());

        assertThat(store.tallies(year)).isNotEmpty();
        assertThat(store.tallies(year + 1)).noneMatch(t -> t.year() == year);
        assertThat(store.years()).contains(year);
        assertThat(store.years()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void clearingRemovesTheReadModelsAndKeepsTheLog() {
        var event = new TaskPlanned(TaskId.next(), year, 1, List.of(new RegionCode("yunnan")),
                new OfficeCode("bangongshi"));
        var id = UUID.randomUUID();
        log.append(id, "planning.TaskPlanned", Source.PLANNING, year, event, Instant.parse("2050-01-01T00:00:00Z"));
        new StatisticsLedger(store, DIRECTORY).record(everyKind());

        store.clear();

        assertThat(store.tallies(year)).isEmpty();
        assertThat(store.years()).isEmpty();
        assertThat(log.contains(id)).isTrue();
    }

    @Test
    void theLogHoldsEachEventOnceInTheOrderReceivedAndReadsItBack() {
        var first = new TaskPlanned(TaskId.next(), year, 1, List.of(new RegionCode("yunnan")),
                new OfficeCode("bangongshi"));
        var second = new EnrolmentProgrammePlanned(EnrolmentProgrammeId.next(), year,
                ProgrammeKind.TIBET_JUNIOR_CLASS, new RegionCode("xizang"), 21, 120, new BigDecimal("0.00"));
        var firstId = UUID.randomUUID();
        var secondId = UUID.randomUUID();
        var received = Instant.parse("2051-02-03T04:05:06Z");

        var before = log.count();
        var firstSeq = log.append(firstId, "planning.TaskPlanned", Source.PLANNING, year, first, received);
        var secondSeq = log.append(secondId, "enrolment.EnrolmentProgrammePlanned", Source.ENROLMENT, year, second,
                received.plusSeconds(1));

        assertThat(secondSeq).isGreaterThan(firstSeq);
        assertThat(log.count()).isEqualTo(before + 2);
        assertThat(log.contains(firstId)).isTrue();
        assertThat(log.contains(UUID.randomUUID())).isFalse();
        assertThat(log.knows(Source.PLANNING, year)).isTrue();
        assertThat(log.knows(Source.TRAINING, year)).isFalse();
        assertThat(log.after(firstSeq - 1, 2)).extracting(e -> e.event()).containsExactly(first, second);
        assertThat(log.after(firstSeq - 1, 2)).extracting(e -> e.receivedAt()).containsExactly(received,
                received.plusSeconds(1));
    }
}
