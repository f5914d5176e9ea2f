package org.counterpart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentsAdmitted;
import org.counterpart.enrolment.StudentsEnrolled;
import org.counterpart.enrolment.StudentsMoved.RegionCount;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.Term;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.RebuildStatistics;
import org.counterpart.reporting.RecordStatistics;
import org.counterpart.reporting.StatisticsQueries;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.SpendingRecorded;
import org.counterpart.training.TrainingMode;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics kept from events on the real server: an event delivered again counts once, and a rebuild that
 * replays the whole log gives the very figures the events gave. The reporting module runs alone here (no directory:
 * codes stand for themselves); each test is rolled back, the rebuild with it.
 */
@SpringBootTest(properties = { "spring.messages.basename=i18n/reporting/messages",
        "spring.messages.fallback-to-system-locale=false" })
@Transactional
class StatisticsServiceIntegrationTests {

    @Autowired
    RecordStatistics record;

    @Autowired
    RebuildStatistics rebuild;

    @Autowired
    StatisticsQueries statistics;

    int year;

    /** The database is shared and module tests elsewhere commit: a year of which the statistics hold nothing. */
    @BeforeEach
    void aYearOfItsOwn() {
        year = yearWithoutStatistics(statistics);
    }

    static int yearWithoutStatistics(StatisticsQueries statistics) {
        var taken = statistics.years();
        int year;
        do {
            year = 2040 + ThreadLocalRandom.current().nextInt(0, 60);
        } while (taken.contains(year));
        return year;
    }

    ProgrammePlanned programme(String commission, String partner, int trainees) {
        return programme(year, commission, partner, trainees);
    }

    /** A programme in Guizhou, classes in Shanghai, run by the teachers' training centre. */
    static ProgrammePlanned programme(int year, String commission, String partner, int trainees) {
        return new ProgrammePlanned(ProgrammeId.next(), year, new RegionCode("guizhou"),
                TrainingMode.CLASSES_IN_SHANGHAI, new BigDecimal(commission), new BigDecimal(partner), trainees,
                new UnitCode("shipei"), 40);
    }

    @Test
    void anEventDeliveredAgainCountsOnce() {
        var planned = programme("7", "14", 50);
        var again = new ProgrammePlanned(planned.programme(), year, planned.region(), planned.mode(),
                planned.commissionFunding(), planned.partnerFunding(), planned.plannedTrainees(),
                planned.implementingUnit(), planned.planTask());

        assertThat(record.receive(planned)).isTrue();
        assertThat(record.receive(again)).as("the same programme planned, delivered again").isFalse();

        var total = statistics.statistics(year, null).training().total();
        assertThat(total.programmes()).isEqualTo(1);
        assertThat(total.commissionFunding()).isEqualByComparingTo("7");
        assertThat(total.plannedTrainees()).isEqualTo(50);
    }

    @Test
    void rebuildingByReplayingTheLogGivesTheSameFigures() {
        var task = TaskId.next();
        var planned = programme("20", "52", 40);
        var cohort = CohortId.next();
        var enrolment = EnrolmentProgrammeId.next();
        var kashgar = List.of(new RegionCount(new RegionCode("kashgar"), 2));
        List<DomainEvent> events = List.of(
                new TaskPlanned(task, year, 40, List.of(new RegionCode("guizhou")), new OfficeCode("renshi")),
                new TaskStatusChanged(task, year, 40, TaskStatus.PLANNED, TaskStatus.IN_PROGRESS,
                        Instant.parse("2050-09-01T00:00:00Z"), new OfficeCode("renshi")),
                new MilestoneOverdue(task, year, 40, UUID.randomUUID(), LocalDate.of(year, 6, 30)),
                planned,
                new ProgrammeChanged(planned.programme(), year, new BigDecimal("21.5"), new BigDecimal("52"), 42),
                new CohortStarted(cohort, planned.programme(), 42),
                new CohortCompleted(cohort, planned.programme(), 42, 40),
                new SpendingRecorded(planned.programme(), UUID.randomUUID(), "住宿费", LocalDate.of(year, 9, 3),
                        new BigDecimal("3.25")),
                new EnrolmentProgrammePlanned(enrolment, year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        new RegionCode("western-partners"), 47, 130, new BigDecimal("224.3")),
                new StudentsAdmitted(enrolment, UUID.randomUUID(), year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        null, kashgar),
                new StudentsEnrolled(enrolment, UUID.randomUUID(), year, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        StudentStage.ADMITTED,
                        kashgar),
                new SubsidyGranted(SubsidyId.next(), enrolment, year, new RegionCode("kashgar"), new Term(year, 1),
                        new BigDecimal("3000.00")));
        events.forEach(record::receive);
        var before = statistics.statistics(year, null);

        var state = rebuild.rebuild();

        assertThat(statistics.statistics(year, null)).isEqualTo(before);
        assertThat(state.replayed()).isGreaterThanOrEqualTo(events.size());
        assertThat(state.rebuiltAt()).isNotNull();
        // The figures the events gave, so the comparison is of something.
        assertThat(before.tasks().byStatus()).containsEntry(TaskStatus.IN_PROGRESS, 1L);
        assertThat(before.tasks().overdueMilestones()).isEqualTo(1);
        assertThat(before.training().total().commissionFunding()).isEqualByComparingTo("21.5");
        assertThat(before.training().total().trained()).isEqualTo(42);
        assertThat(before.training().total().spent()).isEqualByComparingTo("3.25");
        assertThat(before.enrolment().students().byStage()).containsEntry(StudentStage.ENROLLED, 2L)
                .containsEntry(StudentStage.ADMITTED, 0L);
        assertThat(before.enrolment().subsidies().amount()).isEqualByComparingTo("3000");
    }

    @Test
    void tablesLayTheFiguresOutInTheReadersLanguage() {
        record.receive(programme("96", "0", 40));

        var zh = statistics.tables(year, null, java.util.Locale.SIMPLIFIED_CHINESE);
        var en = statistics.tables(year, null, java.util.Locale.ENGLISH);

        assertThat(zh.title()).isEqualTo(year + "年教育东西部扶贫协作和对口支援统计");
        assertThat(zh.tables()).extracting(t -> t.key()).containsExactlyElementsOf(StatisticsTableLayout.KEYS);
        var training = zh.table("training-by-mode").orElseThrow();
        assertThat(training.columns().get(2).title()).isEqualTo("市教委经费（万元）");
        assertThat(training.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("来沪办班");
            assertThat((BigDecimal) row.get(2)).isEqualByComparingTo("96");
        });
        assertThat(en.table("training-by-mode").orElseThrow().rows().get(0).get(0)).isEqualTo("Classes in Shanghai");
        assertThat(en.title()).isEqualTo("Education cooperation and counterpart support statistics " + year);
    }
}
