package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentsAdmitted;
import org.counterpart.enrolment.StudentsAwaitingApproval;
import org.counterpart.enrolment.StudentsEmployed;
import org.counterpart.enrolment.StudentsEnrolled;
import org.counterpart.enrolment.StudentsGraduated;
import org.counterpart.enrolment.StudentsMoved.RegionCount;
import org.counterpart.enrolment.StudentsWithdrawn;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.Term;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.YearStatistics;
import org.counterpart.reporting.domain.StatisticsBaseline.EnrolmentProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.SubsidiesOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TaskOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TrainingProgrammeOnRecord;
import org.counterpart.training.BudgetExceeded;
import org.counterpart.training.CertificateIssued;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.SpendingRecorded;
import org.counterpart.training.TrainingMode;
import org.junit.jupiter.api.Test;

/**
 * What each event does to the year's statistics: the facts it states, weighed by the ledger into its running sums,
 * and the figures they add up to — with the notice's places inside their partner regions and its regions, offices and
 * units in its order.
 */
class StatisticsProjectionTests {

    static final int YEAR = 2018;

    /** 喀什 and 泽普县 lie in 新疆, 遵义 in 贵州, as the directory says. */
    static final StatisticsDirectory DIRECTORY = new StatisticsDirectory(
            Map.of("kashgar", "xinjiang", "kashgar-four-counties", "kashgar", "zepu", "kashgar-four-counties",
                    "zunyi", "guizhou", "shigatse", "xizang"),
            List.of("yunnan", "xinjiang", "xizang", "qinghai", "guizhou", "western-partners", "kashgar",
                    "kashgar-four-counties", "zepu", "shigatse", "zunyi"),
            List.of("bangongshi", "renshi", "jijiao", "zhijiao"), List.of("shipei", "jiaoyanshi", "lixin"));

    /** The read models the ledger keeps, in memory; the database's are checked against the same facts elsewhere. */
    final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    final StatisticsLedger ledger = new StatisticsLedger(store, DIRECTORY);

    void receive(Object... events) {
        for (var event : events) {
            ledger.record(StatisticsProjection.factsOf(event));
        }
    }

    /** The year's duties and the reports answering them, counted as of 1 February 2019: every 2018 period is due. */
    final List<Duty> duties = new ArrayList<>();
    final List<ReportFact> reports = new ArrayList<>();
    static final LocalDate AS_OF = LocalDate.of(2019, 2, 1);

    YearStatistics figures() {
        return ledger.statistics(YEAR, null, completeness());
    }

    YearStatistics figuresOf(String region) {
        return ledger.statistics(YEAR, new RegionCode(region), completeness());
    }

    CompletenessReport completeness() {
        return CompletenessCalculator.report(YEAR, duties, reports, AS_OF);
    }

    static TaskPlanned task(int number, String office, String... regions) {
        return new TaskPlanned(TaskId.next(), YEAR, number, List.of(regions).stream().map(RegionCode::new).toList(),
                new OfficeCode(office));
    }

    static ProgrammePlanned programme(String region, TrainingMode mode, String commission, String partner,
            int trainees, String unit) {
        return new ProgrammePlanned(ProgrammeId.next(), YEAR, new RegionCode(region), mode,
                new BigDecimal(commission), new BigDecimal(partner), trainees, new UnitCode(unit), 9);
    }

    // --- tasks ------------------------------------------------------------------------------------------------------

    @Test
    void aPlannedTaskCountsAsPlannedInEachOfItsRegionsAndUnderItsLeadOffice() {
        receive(task(20, "renshi", "xinjiang", "xizang"), task(21, "jijiao", "xinjiang"));

        var tasks = figures().tasks();

        assertThat(tasks.total()).isEqualTo(2);
        assertThat(tasks.byStatus()).containsEntry(TaskStatus.PLANNED, 2L).containsEntry(TaskStatus.COMPLETED, 0L);
        assertThat(tasks.byRegion()).extracting(t -> t.code() + "=" + t.tasks())
                .containsExactly("xinjiang=2", "xizang=1");
        assertThat(tasks.byLeadOffice()).extracting(t -> t.code() + "=" + t.tasks())
                .containsExactly("renshi=1", "jijiao=1");
    }

    @Test
    void aTaskStandsWhereItsLatestStatusChangePutItWhateverOrderTheChangesArrivedIn() {
        var planned = task(7, "bangongshi", "kashgar");
        var started = Instant.parse("2018-09-01T02:00:00Z");
        receive(new TaskStatusChanged(planned.task(), YEAR, 7, TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED,
                started.plusSeconds(3600), null), planned,
                new TaskStatusChanged(planned.task(), YEAR, 7, TaskStatus.PLANNED, TaskStatus.IN_PROGRESS, started,
                        null));

        var tasks = figures().tasks();

        assertThat(tasks.byStatus()).containsEntry(TaskStatus.COMPLETED, 1L).containsEntry(TaskStatus.PLANNED, 0L)
                .containsEntry(TaskStatus.IN_PROGRESS, 0L);
        assertThat(tasks.byRegion()).singleElement().satisfies(region -> {
            assertThat(region.code()).as("喀什 counts under 新疆").isEqualTo("xinjiang");
            assertThat(region.byStatus()).containsEntry(TaskStatus.COMPLETED, 1L);
        });
    }

    @Test
    void anOverdueMilestoneCountsUntilItIsReachedThenAsReachedLate() {
        var planned = task(9, "renshi", "xinjiang");
        var milestone = UUID.randomUUID();
        var due = LocalDate.of(YEAR, 6, 30);
        receive(planned, new MilestoneOverdue(planned.task(), YEAR, 9, milestone, due));

        assertThat(figures().tasks().overdueMilestones()).isEqualTo(1);
        assertThat(figures().tasks().overdue()).singleElement().satisfies(m -> {
            assertThat(m.task()).isEqualTo(9);
            assertThat(m.leadOffice()).isEqualTo("renshi");
            assertThat(m.due()).isEqualTo(due);
            assertThat(m.reachedOn()).isNull();
        });

        receive(new MilestoneReached(planned.task(), YEAR, 9, milestone, due, LocalDate.of(YEAR, 7, 12)));

        assertThat(figures().tasks().overdueMilestones()).isZero();
        assertThat(figures().tasks().reachedLate()).isEqualTo(1);
        assertThat(figures().tasks().overdue()).singleElement()
                .satisfies(m -> assertThat(m.reachedOn()).isEqualTo(LocalDate.of(YEAR, 7, 12)));
    }

    @Test
    void aMilestoneReachedOnTimeIsNoOverdueMilestone() {
        var planned = task(9, "renshi", "xinjiang");
        receive(planned, new MilestoneReached(planned.task(), YEAR, 9, UUID.randomUUID(), LocalDate.of(YEAR, 6, 30),
                LocalDate.of(YEAR, 6, 1)));

        assertThat(figures().tasks().overdue()).isEmpty();
        assertThat(figures().tasks().overdueMilestones()).isZero();
    }

    // --- training ---------------------------------------------------------------------------------------------------

    @Test
    void aPlannedProgrammeCountsItsFundingAndTraineesExactlyByRegionModeAndUnit() {
        receive(programme("zunyi", TrainingMode.STUDY_IN_SHANGHAI, "20", "52", 40, "shipei"),
                programme("guizhou", TrainingMode.CLASSES_IN_SHANGHAI, "7", "14", 50, "shipei"),
                programme("xinjiang", TrainingMode.LECTURES_ON_SITE, "134.4", "0", 42, "jiaoyanshi"));

        var training = figures().training();

        assertThat(training.total().programmes()).isEqualTo(3);
        assertThat(training.total().commissionFunding()).isEqualByComparingTo("161.4");
        assertThat(training.total().partnerFunding()).isEqualByComparingTo("66");
        assertThat(training.total().plannedTrainees()).isEqualTo(132);
        assertThat(training.byRegion()).extracting(t -> t.code() + "=" + t.commissionFunding().toPlainString())
                .as("遵义 counts under 贵州, in the notice's order").containsExactly("xinjiang=134.4", "guizhou=27");
        assertThat(training.byMode()).extracting(t -> t.code() + "=" + t.plannedTrainees())
                .containsExactly("STUDY_IN_SHANGHAI=40", "LECTURES_ON_SITE=42", "CLASSES_IN_SHANGHAI=50");
        assertThat(training.byUnit()).extracting(t -> t.code() + "=" + t.programmes())
                .containsExactly("shipei=2", "jiaoyanshi=1");
    }

    @Test
    void aChangedProgrammeCountsWithItsNewFiguresEvenWhenTheChangeArrivesBeforeThePlan() {
        var planned = programme("xinjiang", TrainingMode.STUDY_IN_SHANGHAI, "96", "0", 40, "shipei");
        receive(new ProgrammeChanged(planned.programme(), YEAR, new BigDecimal("100.5"), new BigDecimal("3"), 44),
                planned);

        var total = figures().training().total();

        assertThat(total.commissionFunding()).isEqualByComparingTo("100.5");
        assertThat(total.partnerFunding()).isEqualByComparingTo("3");
        assertThat(total.plannedTrainees()).isEqualTo(44);
        assertThat(figures().training().byRegion()).extracting(t -> t.code()).containsExactly("xinjiang");
    }

    @Test
    void aCohortCountsItsTraineesInTrainingOnceStartedAndAsTrainedOnceCompletedWithItsCertificates() {
        var planned = programme("xizang", TrainingMode.STUDY_IN_SHANGHAI, "36", "0", 15, "shipei");
        var cohort = CohortId.next();
        receive(planned, new CohortStarted(cohort, planned.programme(), 15));

        assertThat(figures().training().total().inTraining()).isEqualTo(15);
        assertThat(figures().training().total().trained()).isZero();

        receive(new CohortCompleted(cohort, planned.programme(), 15, 14),
                new CertificateIssued("CP-2018-AAAAA-BBBBB", cohort, planned.programme()),
                new CertificateIssued("CP-2018-CCCCC-DDDDD", cohort, planned.programme()));

        var total = figures().training().total();
        assertThat(total.inTraining()).isZero();
        assertThat(total.trained()).isEqualTo(15);
        assertThat(total.completed()).isEqualTo(14);
        assertThat(total.certificates()).isEqualTo(2);
    }

    @Test
    void spendingAddsUpExactlyAndSpendingBeyondABudgetLineIsCounted() {
        var planned = programme("qinghai", TrainingMode.STUDY_IN_SHANGHAI, "72", "0", 30, "shipei");
        receive(planned,
                new SpendingRecorded(planned.programme(), UUID.randomUUID(), "住宿费", LocalDate.of(YEAR, 9, 3),
                        new BigDecimal("2.5")),
                new SpendingRecorded(planned.programme(), UUID.randomUUID(), "住宿费", LocalDate.of(YEAR, 9, 4),
                        new BigDecimal("0.7")),
                new BudgetExceeded(planned.programme(), "住宿费", new BigDecimal("3"), new BigDecimal("3.2"), "延住"));

        var total = figures().training().total();

        assertThat(total.spent()).isEqualByComparingTo("3.2");
        assertThat(total.overBudget()).isEqualTo(1);
    }

    @Test
    void cohortsAndSpendingOfAProgrammeNotPlannedThisYearDoNotCount() {
        receive(new CohortStarted(CohortId.next(), ProgrammeId.next(), 12),
                new SpendingRecorded(ProgrammeId.next(), UUID.randomUUID(), "交通费", LocalDate.of(YEAR, 3, 1),
                        BigDecimal.TEN));

        assertThat(figures().training().total().inTraining()).isZero();
        assertThat(figures().training().total().spent()).isZero();
    }

    // --- enrolment --------------------------------------------------------------------------------------------------

    static EnrolmentProgrammePlanned enrolmentProgramme(ProgrammeKind kind, String region, int quota, String funding) {
        return new EnrolmentProgrammePlanned(EnrolmentProgrammeId.next(), YEAR, kind, new RegionCode(region),
                kind.planTask(), quota, new BigDecimal(funding));
    }

    static List<RegionCount> students(String region, int count) {
        return List.of(new RegionCount(new RegionCode(region), count));
    }

    @Test
    void anEnrolmentProgrammeCountsItsQuotaAndFundingAndARevisionReplacesThem() {
        var joint = enrolmentProgramme(ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, "western-partners", 130, "224.3");
        var tibet = enrolmentProgramme(ProgrammeKind.TIBET_JUNIOR_CLASS, "xizang", 120, "0");
        receive(joint, tibet);

        assertThat(figures().enrolment().quota()).isEqualTo(250);
        assertThat(figures().enrolment().funding()).isEqualByComparingTo("224.3");

        receive(new EnrolmentProgrammeRevised(joint.programme(), YEAR, joint.kind(), 140, new BigDecimal("230")));

        var enrolment = figures().enrolment();
        assertThat(enrolment.quota()).isEqualTo(260);
        assertThat(enrolment.funding()).isEqualByComparingTo("230");
        assertThat(enrolment.byProgramme()).extracting(p -> p.kind() + "=" + p.quota())
                .as("in the order of the kinds").containsExactly("TIBET_JUNIOR_CLASS=120",
                        "JOINT_VOCATIONAL_SCHOOLING=140");
    }

    @Test
    void studentsMovingOnLeaveTheirStageForTheNextAndOnlyThoseHoldingASeatFillTheQuota() {
        var planned = enrolmentProgramme(ProgrammeKind.XINJIANG_VOCATIONAL_CLASS, "xinjiang", 40, "0");
        var id = planned.programme();
        var kind = planned.kind();
        receive(planned,
                new StudentsAdmitted(id, UUID.randomUUID(), YEAR, kind, null, List.of(
                        new RegionCount(new RegionCode("kashgar"), 3), new RegionCount(new RegionCode("xinjiang"), 2))),
                new StudentsAwaitingApproval(id, UUID.randomUUID(), YEAR, kind, null, students("kashgar", 1)),
                new StudentsEnrolled(id, UUID.randomUUID(), YEAR, kind, StudentStage.ADMITTED, students("kashgar", 3)),
                new StudentsGraduated(id, UUID.randomUUID(), YEAR, kind, StudentStage.ENROLLED, students("kashgar", 2)),
                new StudentsEmployed(id, UUID.randomUUID(), YEAR, kind, StudentStage.GRADUATED,
                        StudentStage.EMPLOYED_IN_SHANGHAI, students("kashgar", 1)),
                new StudentsWithdrawn(id, UUID.randomUUID(), YEAR, kind, StudentStage.ADMITTED,
                        students("xinjiang", 1)));

        var enrolment = figures().enrolment();

        assertThat(enrolment.students().byStage()).containsEntry(StudentStage.ADMITTED, 1L)
                .containsEntry(StudentStage.ENROLLED, 1L).containsEntry(StudentStage.GRADUATED, 1L)
                .containsEntry(StudentStage.EMPLOYED_IN_SHANGHAI, 1L).containsEntry(StudentStage.WITHDRAWN, 1L)
                .containsEntry(StudentStage.AWAITING_APPROVAL, 1L);
        assertThat(enrolment.students().students()).isEqualTo(6);
        assertThat(enrolment.students().filled()).as("all but the one waiting and the one withdrawn").isEqualTo(4);
        assertThat(enrolment.byProgramme()).singleElement().satisfies(p -> {
            assertThat(p.quota()).isEqualTo(40);
            assertThat(p.filled()).isEqualTo(4);
        });
        assertThat(enrolment.byRegion()).singleElement().satisfies(r -> {
            assertThat(r.code()).as("喀什 counts under 新疆").isEqualTo("xinjiang");
            assertThat(r.students()).isEqualTo(6);
        });
    }

    @Test
    void subsidiesAddUpExactlyByTheStudentsSourceRegion() {
        var planned = enrolmentProgramme(ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, "western-partners", 130, "224.3");
        receive(planned,
                new SubsidyGranted(SubsidyId.next(), planned.programme(), YEAR, new RegionCode("zepu"),
                        new Term(YEAR, 1), new BigDecimal("3000.00")),
                new SubsidyGranted(SubsidyId.next(), planned.programme(), YEAR, new RegionCode("kashgar"),
                        new Term(YEAR, 2), new BigDecimal("1500.50")),
                new SubsidyGranted(SubsidyId.next(), planned.programme(), YEAR, new RegionCode("zunyi"),
                        new Term(YEAR, 1), new BigDecimal("3000")));

        var enrolment = figures().enrolment();

        assertThat(enrolment.subsidies().grants()).isEqualTo(3);
        assertThat(enrolment.subsidies().amount()).isEqualByComparingTo("7500.50");
        assertThat(enrolment.subsidiesByRegion()).extracting(s -> s.code() + "=" + s.amount().toPlainString())
                .containsExactly("xinjiang=4500.50", "guizhou=3000");
    }

    // --- a region ---------------------------------------------------------------------------------------------------

    @Test
    void theFiguresOfARegionAreOnlyWhatConcernsItOrAPlaceInsideIt() {
        receive(task(1, "bangongshi", "yunnan"), task(7, "bangongshi", "xinjiang"), task(9, "renshi", "kashgar"),
                programme("xinjiang", TrainingMode.STUDY_IN_SHANGHAI, "96", "0", 40, "shipei"),
                programme("zunyi", TrainingMode.STUDY_IN_SHANGHAI, "20", "52", 40, "shipei"));

        var xinjiang = figuresOf("xinjiang");

        assertThat(xinjiang.region()).isEqualTo(new RegionCode("xinjiang"));
        assertThat(xinjiang.tasks().total()).isEqualTo(2);
        assertThat(xinjiang.tasks().byRegion()).extracting(t -> t.code()).containsExactly("xinjiang");
        assertThat(xinjiang.training().total().commissionFunding()).isEqualByComparingTo("96");
        assertThat(figuresOf("guizhou").training().total().partnerFunding()).isEqualByComparingTo("52");
        assertThat(figuresOf("kashgar").tasks().total()).as("a place: its tasks only").isEqualTo(1);
    }

    @Test
    void aTaskWithoutARegionCountsInTheYearButUnderNoRegion() {
        receive(task(51, "bangongshi"));

        assertThat(figures().tasks().total()).isEqualTo(1);
        assertThat(figures().tasks().byRegion()).isEmpty();
        assertThat(figuresOf("yunnan").tasks().total()).isZero();
    }

    @Test
    void factsOfAnotherYearDoNotCount() {
        receive(new TaskPlanned(TaskId.next(), YEAR + 1, 1, List.of(new RegionCode("yunnan")),
                new OfficeCode("bangongshi")));

        assertThat(figures().tasks().total()).isZero();
    }

    // --- information reports ----------------------------------------------------------------------------------------

    static Duty duty(Reporter reporter, ReportSubject subject, ReportKind kind, DutyFrequency frequency) {
        return new Duty(DutyId.next(), YEAR, reporter, subject, subject.key(), kind, frequency, 10, null, null, null,
                Instant.EPOCH, "admin", 0);
    }

    static ReportFact report(Duty duty, int index, ReportStatus status, String firstSubmitted) {
        return new ReportFact(duty.getId(), new ReportPeriod(YEAR, duty.frequency(), index), ReportId.next(), status,
                Instant.parse(firstSubmitted));
    }

    @Test
    void reportsCountByUnitOrOfficeAndKindOfficesFirstAndARegionCountsTheDutiesOnItsWork() {
        var programme = programme("kashgar", TrainingMode.STUDY_IN_SHANGHAI, "96", "0", 40, "shipei");
        receive(task(3, "zhijiao", "yunnan"), programme);
        var shipei = duty(Reporter.unit(new UnitCode("shipei")), ReportSubject.trainingProgramme(
                programme.programme().value()), ReportKind.NEWS, DutyFrequency.QUARTERLY);
        var zhijiao = duty(Reporter.office(new OfficeCode("zhijiao")), ReportSubject.task(YEAR, 3),
                ReportKind.SUMMARY, DutyFrequency.YEARLY);
        var renshi = duty(Reporter.office(new OfficeCode("renshi")), ReportSubject.task(YEAR - 1, 5),
                ReportKind.SUMMARY, DutyFrequency.YEARLY);
        duties.addAll(List.of(shipei, zhijiao, renshi));
        // 师培: Q1 on time, Q2 late and accepted, Q3 a draft (not reported), Q4 missing; 职教处 on time; 人事处 nothing.
        reports.addAll(List.of(report(shipei, 1, ReportStatus.SUBMITTED, "2018-04-09T02:00:00Z"),
                report(shipei, 2, ReportStatus.ACCEPTED, "2018-07-20T02:00:00Z"),
                new ReportFact(shipei.getId(), new ReportPeriod(YEAR, DutyFrequency.QUARTERLY, 3), ReportId.next(),
                        ReportStatus.DRAFT, null),
                report(zhijiao, 1, ReportStatus.SUBMITTED, "2019-01-05T02:00:00Z")));

        var all = figures().reports();

        assertThat(all.asOf()).isEqualTo(AS_OF);
        assertThat(all.duties()).isEqualTo(3);
        assertThat(all.total()).isEqualTo(new CompletenessCounts(6, 3, 1, 2, 1, 3, 0));
        assertThat(all.total().completeness()).isEqualByComparingTo("50.0");
        assertThat(all.total().timeliness()).isEqualByComparingTo("33.3");
        assertThat(all.byReporter()).extracting(r -> r.reporter().key())
                .containsExactly("OFFICE:renshi", "OFFICE:zhijiao", "UNIT:shipei");
        assertThat(all.byReporter().get(2).counts()).isEqualTo(new CompletenessCounts(4, 2, 1, 1, 1, 2, 0));
        assertThat(all.byKind()).extracting(k -> k.kind(), k -> k.duties())
                .containsExactly(tuple(ReportKind.NEWS, 1), tuple(ReportKind.SUMMARY, 2));

        var xinjiang = figuresOf("xinjiang").reports();
        assertThat(xinjiang.duties()).as("the programme in 喀什, inside 新疆").isEqualTo(1);
        assertThat(xinjiang.byReporter()).extracting(r -> r.reporter().key()).containsExactly("UNIT:shipei");
        var yunnan = figuresOf("yunnan").reports();
        assertThat(yunnan.duties()).as("task 3; the 2017 task's region is not known to 2018's facts").isEqualTo(1);
        assertThat(yunnan.total()).isEqualTo(new CompletenessCounts(1, 1, 0, 1, 0, 0, 0));
        assertThat(figuresOf("guizhou").reports().total()).isEqualTo(CompletenessCounts.NONE);
        assertThat(figuresOf("guizhou").reports().total().completeness()).as("nothing expected: no rate").isNull();
    }

    // --- baselines --------------------------------------------------------------------------------------------------

    @Test
    void aBaselineStatesWhatTheEventsWouldHaveAndATaskStatedTwiceCountsOnce() {
        var planned = task(30, "bangongshi", "qinghai");
        var programme = ProgrammeId.next();
        receive(planned,
                new TaskOnRecord(planned.task(), YEAR, 30, planned.regions(), planned.leadOffice(),
                        TaskStatus.IN_PROGRESS, Instant.parse("2018-10-01T00:00:00Z")),
                new TrainingProgrammeOnRecord(programme, YEAR, new RegionCode("qinghai"),
                        TrainingMode.STUDY_IN_SHANGHAI, new UnitCode("shipei"), new BigDecimal("72"), BigDecimal.ZERO,
                        30, new BigDecimal("12.5")),
                new EnrolmentProgrammeOnRecord(EnrolmentProgrammeId.next(), YEAR, ProgrammeKind.GOLOG_VOCATIONAL_CLASS,
                        new RegionCode("golog"), 30, BigDecimal.ZERO, 1, 2, 3, 4, 5),
                new SubsidiesOnRecord(YEAR, new RegionCode("qinghai"), 4, new BigDecimal("9000.00")));

        var figures = figures();

        assertThat(figures.tasks().total()).isEqualTo(1);
        assertThat(figures.tasks().byStatus()).containsEntry(TaskStatus.IN_PROGRESS, 1L);
        assertThat(figures.training().total().commissionFunding()).isEqualByComparingTo("72");
        assertThat(figures.training().total().spent()).isEqualByComparingTo("12.5");
        assertThat(figures.enrolment().students().students()).isEqualTo(15);
        assertThat(figures.enrolment().students().filled()).isEqualTo(9);
        assertThat(figures.enrolment().subsidies().amount()).isEqualByComparingTo("9000");
    }
}
