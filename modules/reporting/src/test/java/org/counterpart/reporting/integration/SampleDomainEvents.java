package org.counterpart.reporting.integration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitRegistered;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentsMoved;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.Term;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.PlanRolledOver;
import org.counterpart.planning.ProgressRecorded;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.ReportAccepted;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportReturned;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubmitted;
import org.counterpart.reporting.Reporter;
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

/** One domain event of every kind that leaves the application, with fixed ids, as the contract tests use them. */
public final class SampleDomainEvents {

    public static final UUID TASK = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID MILESTONE = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID PROGRAMME = UUID.fromString("00000000-0000-4000-8000-000000000003");
    public static final UUID COHORT = UUID.fromString("00000000-0000-4000-8000-000000000004");
    public static final UUID ENROLMENT = UUID.fromString("00000000-0000-4000-8000-000000000005");
    public static final UUID SUBSIDY = UUID.fromString("00000000-0000-4000-8000-000000000006");
    public static final UUID REPORT = UUID.fromString("00000000-0000-4000-8000-000000000007");

    private SampleDomainEvents() {
    }

    public static TaskPlanned taskPlanned() {
        return new TaskPlanned(new TaskId(TASK), 2018, 40, List.of(new RegionCode("guizhou"), new RegionCode("zunyi")),
                new OfficeCode("renshi"));
    }

    public static TaskStatusChanged taskStatusChanged() {
        return new TaskStatusChanged(new TaskId(TASK), 2018, 40, TaskStatus.PLANNED, TaskStatus.IN_PROGRESS,
                Instant.parse("2018-03-01T02:00:00Z"), new OfficeCode("renshi"));
    }

    public static MilestoneReached milestoneReached() {
        return new MilestoneReached(new TaskId(TASK), 2018, 40, MILESTONE, LocalDate.of(2018, 6, 30),
                LocalDate.of(2018, 6, 28));
    }

    public static MilestoneOverdue milestoneOverdue() {
        return new MilestoneOverdue(new TaskId(TASK), 2018, 40, MILESTONE, LocalDate.of(2018, 6, 30));
    }

    public static ProgressRecorded progressRecorded() {
        return new ProgressRecorded(new TaskId(TASK), UUID.randomUUID(), 2018, 40, LocalDate.of(2018, 5, 4));
    }

    public static PlanRolledOver planRolledOver() {
        return new PlanRolledOver(2018, 2019, 48);
    }

    public static ProgrammePlanned programmePlanned() {
        return new ProgrammePlanned(new ProgrammeId(PROGRAMME), 2018, new RegionCode("guizhou"),
                TrainingMode.STUDY_IN_SHANGHAI, new BigDecimal("20.00"), new BigDecimal("52"), 40,
                new UnitCode("shipei"), 40);
    }

    public static ProgrammeChanged programmeChanged() {
        return new ProgrammeChanged(new ProgrammeId(PROGRAMME), 2018, new BigDecimal("8.5"), new BigDecimal("14"), 55);
    }

    public static CohortStarted cohortStarted() {
        return new CohortStarted(new CohortId(COHORT), new ProgrammeId(PROGRAMME), 2);
    }

    public static CohortCompleted cohortCompleted() {
        return new CohortCompleted(new CohortId(COHORT), new ProgrammeId(PROGRAMME), 2, 1);
    }

    public static CertificateIssued certificateIssued() {
        return new CertificateIssued("CP-2018-7Q3K9M2X", new CohortId(COHORT), new ProgrammeId(PROGRAMME));
    }

    public static SpendingRecorded spendingRecorded() {
        return new SpendingRecorded(new ProgrammeId(PROGRAMME), UUID.randomUUID(), "住宿费", LocalDate.of(2018, 7, 3),
                new BigDecimal("2.5"));
    }

    public static BudgetExceeded budgetExceeded() {
        return new BudgetExceeded(new ProgrammeId(PROGRAMME), "住宿费", new BigDecimal("3"), new BigDecimal("3.5"),
                "学员杨光延住一晚");
    }

    public static EnrolmentProgrammePlanned enrolmentProgrammePlanned() {
        return new EnrolmentProgrammePlanned(new EnrolmentProgrammeId(ENROLMENT), 2018,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, new RegionCode("western-partners"), 47, 120,
                new BigDecimal("224.3"));
    }

    public static EnrolmentProgrammeRevised enrolmentProgrammeRevised() {
        return new EnrolmentProgrammeRevised(new EnrolmentProgrammeId(ENROLMENT), 2018,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, 130, new BigDecimal("230"));
    }

    /** The eight stage events, in the order of {@link StudentStage} (both employments are one kind). */
    public static List<StudentsMoved> studentsMoved() {
        var moved = new ArrayList<StudentsMoved>();
        var regions = List.of(new StudentsMoved.RegionCount(new RegionCode("xizang"), 3),
                new StudentsMoved.RegionCount(new RegionCode("qinghai"), 1));
        for (var to : List.of(StudentStage.AWAITING_APPROVAL, StudentStage.ADMITTED, StudentStage.ENROLLED,
                StudentStage.GRADUATED, StudentStage.EMPLOYED_IN_SHANGHAI, StudentStage.RETURNED_HOME,
                StudentStage.FURTHER_STUDY, StudentStage.WITHDRAWN)) {
            var from = switch (to) {
                case AWAITING_APPROVAL -> null;
                case ADMITTED -> StudentStage.AWAITING_APPROVAL;
                case ENROLLED, WITHDRAWN -> StudentStage.ADMITTED;
                case GRADUATED -> StudentStage.ENROLLED;
                default -> StudentStage.GRADUATED;
            };
            moved.add(StudentsMoved.of(new EnrolmentProgrammeId(ENROLMENT), 2018, ProgrammeKind.TIBET_VOCATIONAL_CLASS,
                    from, to, regions));
        }
        return moved;
    }

    public static SubsidyGranted subsidyGranted() {
        return new SubsidyGranted(new SubsidyId(SUBSIDY), new EnrolmentProgrammeId(ENROLMENT), 2018,
                new RegionCode("yunnan"), new Term(2018, 1), new BigDecimal("1500.00"));
    }

    public static UnitRegistered unitRegistered() {
        return new UnitRegistered(new UnitCode("pudong-jyj"), "浦东新区教育局", "Pudong Education Bureau",
                UnitKind.EDUCATION_BUREAU);
    }

    /** A unit's summary of a task for a quarter, submitted again after it was returned. */
    public static ReportSubmitted reportSubmitted() {
        return new ReportSubmitted(new ReportId(REPORT), ReportKind.SUMMARY, Reporter.unit(new UnitCode("shipei")),
                ReportSubject.task(2018, 47), "2018-Q3", true, Instant.parse("2018-10-08T01:30:00Z"));
    }

    /** An office's practice from a training programme, answering a half-year duty. */
    public static ReportAccepted reportAccepted() {
        return new ReportAccepted(new ReportId(REPORT), ReportKind.PRACTICE, Reporter.office(new OfficeCode("zhijiao")),
                ReportSubject.trainingProgramme(PROGRAMME), "2018-H1", Instant.parse("2018-07-10T06:00:00Z"));
    }

    /** Ad hoc news of a unit, about no task or programme and answering no duty. */
    public static ReportReturned reportReturned() {
        return new ReportReturned(new ReportId(REPORT), ReportKind.NEWS, Reporter.unit(new UnitCode("shipei")), null,
                null, Instant.parse("2018-10-09T03:15:00Z"));
    }

    /** Every sample, one per contract type. */
    public static List<Object> all() {
        var all = new ArrayList<Object>(List.of(taskPlanned(), taskStatusChanged(), milestoneReached(),
                milestoneOverdue(), progressRecorded(), planRolledOver(), programmePlanned(), programmeChanged(),
                cohortStarted(), cohortCompleted(), certificateIssued(), spendingRecorded(), budgetExceeded(),
                enrolmentProgrammePlanned(), enrolmentProgrammeRevised(), subsidyGranted(), unitRegistered(),
                reportSubmitted(), reportAccepted(), reportReturned()));
        all.addAll(studentsMoved());
        return all;
    }
}
