package org.counterpart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePage;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.SubsidyTotals;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.planning.TaskDetails;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPage;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskRef;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskSummary;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.domain.EventDeliveries;
import org.counterpart.reporting.domain.InMemoryStatisticsStore;
import org.counterpart.reporting.domain.LoggedEvent;
import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsDirectory;
import org.counterpart.reporting.domain.StatisticsEvents;
import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.counterpart.reporting.domain.StatisticsLedger;
import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStatus;
import org.counterpart.training.CohortSummary;
import org.counterpart.training.Funding;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePage;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.ProgrammeSummary;
import org.counterpart.training.RunProgrammes;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The baseline: what the other modules held before the statistics heard them comes in from their published queries,
 * once per module and year the log knows nothing of — and not while events for the statistics wait to be delivered.
 */
class StatisticsBaselineServiceTests {

    static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    /** The log and the read models, kept in memory. */
    final List<LoggedEvent> logged = new ArrayList<>();
    final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    final LoggedEvents log = new LoggedEvents() {

        @Override
        public void lockForWriting() {
        }

        @Override
        public boolean contains(UUID id) {
            return logged.stream().anyMatch(e -> e.id().equals(id));
        }

        @Override
        public long append(UUID id, String type, Source source, Integer year, Object event, Instant receivedAt) {
            logged.add(new LoggedEvent(logged.size() + 1, id, type, event, receivedAt));
            return logged.size();
        }

        @Override
        public List<LoggedEvent> after(long seq, int limit) {
            return logged.stream().filter(e -> e.seq() > seq).limit(limit).toList();
        }

        @Override
        public boolean knows(Source source, int year) {
            return logged.stream().anyMatch(e -> StatisticsEvents.sourceOf(e.event()) == source
                    && StatisticsEvents.yearOf(e.event()).orElse(-1) == year);
        }

        @Override
        public long count() {
            return logged.size();
        }

        @Override
        public Optional<Instant> lastReceived() {
            return Optional.empty();
        }

        @Override
        public void recordRebuild(Instant at, long replayed, long skipped) {
        }

        @Override
        public Optional<Rebuild> lastRebuild() {
            return Optional.empty();
        }

        @Override
        public int readModelVersion() {
            return StatisticsService.READ_MODEL_VERSION;
        }

        @Override
        public void recordReadModelVersion(int version) {
        }
    };
    final PlanQueries plans = mock(PlanQueries.class);
    final ProgrammeQueries programmes = mock(ProgrammeQueries.class);
    final RunProgrammes cohorts = mock(RunProgrammes.class);
    final EnrolmentProgrammeQueries enrolment = mock(EnrolmentProgrammeQueries.class);
    boolean outstanding;

    StatisticsBaselineService baseline(Duration wait) {
        var beans = new StaticListableBeanFactory(Map.of("plans", plans, "programmes", programmes, "cohorts", cohorts,
                "enrolment", enrolment));
        var transactions = mock(PlatformTransactionManager.class);
        given(transactions.getTransaction(any())).willReturn(new SimpleTransactionStatus());
        EventDeliveries deliveries = prefix -> outstanding;
        var clock = Optional.of(Clock.fixed(NOW, ZoneOffset.UTC));
        return new StatisticsBaselineService(new StatisticsRecorder(log, store, clock), log, transactions,
                beans.getBeanProvider(PlanQueries.class), beans.getBeanProvider(ProgrammeQueries.class),
                beans.getBeanProvider(RunProgrammes.class), beans.getBeanProvider(EnrolmentProgrammeQueries.class),
                deliveries, clock, true, wait);
    }

    @BeforeEach
    void theModulesHold2018() {
        var byStatus = new EnumMap<TaskStatus, Long>(TaskStatus.class);
        given(plans.plans()).willReturn(List.of(new PlanSummary(2018, "2018年计划", "沪教委办〔2018〕39号",
                LocalDate.of(2018, 8, 13), byStatus)));
        var task = new TaskSummary(TaskId.next(), 2018, 21, List.of(new RegionCode("xinjiang")), List.of(), "办班",
                new OfficeCode("jijiao"), List.of(), false, List.of(), "……", TaskStatus.IN_PROGRESS, 1, 3);
        given(plans.tasks(any(TaskQuery.class))).willReturn(new TaskPage(List.of(task), 1));
        given(plans.task(new TaskRef(2018, 21))).willReturn(Optional.of(new TaskDetails(task, List.of(), null,
                List.of(new TaskDetails.MilestoneView(UUID.randomUUID(), "开学", LocalDate.of(2018, 9, 1), null,
                        true), new TaskDetails.MilestoneView(UUID.randomUUID(), "总结", LocalDate.of(2018, 12, 31),
                                LocalDate.of(2018, 12, 1), false)),
                List.of(), List.of(), Set.of(), false, false)));

        var programme = new ProgrammeSummary(ProgrammeId.next(), 2018, 5, "遵义“金种子”校长培训",
                new RegionCode("guizhou"), TrainingMode.STUDY_IN_SHANGHAI, Funding.parse("20（遵义自筹52万）"), "遵义", 40,
                TrainingDuration.parse("2个月"), new UnitCode("shipei"), new OfficeCode("renshi"), 40, 0);
        given(programmes.years()).willReturn(List.of(2018));
        given(programmes.programmes(any(ProgrammeQuery.class))).willReturn(new ProgrammePage(List.of(programme), 1,
                new ProgrammePage.Totals(new BigDecimal("20"), new BigDecimal("52"), 40, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                Map.of(programme.id(), new ProgrammePage.Money(new BigDecimal("10"), new BigDecimal("3.5")))));
        given(cohorts.cohorts(programme.id())).willReturn(List.of(new CohortSummary(CohortId.next(), programme.id(),
                "第一期", LocalDate.of(2018, 9, 3), LocalDate.of(2018, 11, 3), "上海", CohortStatus.COMPLETED, 40, 38, 2)));

        var joint = new EnrolmentProgrammeSummary(EnrolmentProgrammeId.next(), 2018,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, "中职联合办学", new RegionCode("western-partners"), 47,
                new OfficeCode("zhijiao"), new BigDecimal("224.30"),
                List.of(new QuotaFill(new QuotaLine(new UnitCode("qunyi"), "会计", 50), 1, 2, 20, 4, 1)),
                new BigDecimal("52500.00"), 0);
        given(enrolment.years()).willReturn(List.of(2018));
        given(enrolment.programmes(any(EnrolmentProgrammeQuery.class))).willReturn(new EnrolmentProgrammePage(
                List.of(joint), 1, new EnrolmentProgrammePage.Totals(50, 1, 2, 20, 4, new BigDecimal("224.30"),
                        new BigDecimal("52500.00"))));
        given(enrolment.subsidies(2018)).willReturn(new SubsidyTotals(new BigDecimal("52500.00"), 22,
                List.of(new SubsidyTotals.ByRegion(new RegionCode("guizhou"), 7, 14, new BigDecimal("33000.00")),
                        new SubsidyTotals.ByRegion(new RegionCode("yunnan"), 3, 8, new BigDecimal("19500.00")))));
    }

    @Test
    void bringsInEveryModuleAndYearTheLogKnowsNothingOf() {
        var taken = baseline(Duration.ZERO).takeBaseline();

        assertThat(taken).containsExactly("planning 2018", "training 2018", "enrolment 2018");
        var figures = new StatisticsLedger(store, StatisticsDirectory.NONE).statistics(2018, null,
                CompletenessReport.none(2018, LocalDate.of(2019, 1, 8)));
        assertThat(figures.tasks().byStatus()).containsEntry(TaskStatus.IN_PROGRESS, 1L);
        assertThat(figures.tasks().overdueMilestones()).as("the one overdue, not the one reached on time")
                .isEqualTo(1);
        assertThat(figures.training().total().commissionFunding()).isEqualByComparingTo("20");
        assertThat(figures.training().total().partnerFunding()).isEqualByComparingTo("52");
        assertThat(figures.training().total().spent()).isEqualByComparingTo("3.5");
        assertThat(figures.training().total().trained()).isEqualTo(40);
        assertThat(figures.training().total().completed()).isEqualTo(38);
        assertThat(figures.enrolment().quota()).isEqualTo(50);
        assertThat(figures.enrolment().students().byStage()).containsEntry(StudentStage.ENROLLED, 20L)
                .containsEntry(StudentStage.AWAITING_APPROVAL, 1L);
        assertThat(figures.enrolment().subsidies().amount()).isEqualByComparingTo("52500");
        assertThat(figures.enrolment().subsidies().grants()).isEqualTo(22);
    }

    @Test
    void isTakenOnceHoweverOftenItIsAskedFor() {
        baseline(Duration.ZERO).takeBaseline();
        var entries = logged.size();

        assertThat(baseline(Duration.ZERO).takeBaseline()).isEmpty();
        assertThat(logged).hasSize(entries);
    }

    @Test
    void leavesAModuleAndYearTheLogAlreadyKnowsToItsEvents() {
        log.append(UUID.randomUUID(), "training.ProgrammePlanned", Source.TRAINING, 2018,
                new org.counterpart.training.ProgrammePlanned(ProgrammeId.next(), 2018, new RegionCode("xizang"),
                        TrainingMode.LECTURES_ON_SITE, BigDecimal.TEN, BigDecimal.ZERO, 50, new UnitCode("lixin"),
                        24), NOW);

        assertThat(baseline(Duration.ZERO).takeBaseline()).containsExactly("planning 2018", "enrolment 2018");
    }

    @Test
    void waitsForEventsStillToBeDeliveredAndOtherwiseLeavesTheBaselineToTheNextStart() {
        outstanding = true;

        assertThat(baseline(Duration.ZERO).takeBaseline()).isEmpty();
        assertThat(logged).isEmpty();
    }
}
