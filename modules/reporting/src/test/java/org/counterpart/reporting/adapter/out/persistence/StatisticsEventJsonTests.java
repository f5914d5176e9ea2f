package org.counterpart.reporting.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.counterpart.enrolment.StudentsEmployed;
import org.counterpart.enrolment.StudentsMoved.RegionCount;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.Term;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.domain.StatisticsBaseline.CohortOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.EnrolmentProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.MilestoneOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.SubsidiesOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TaskOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TrainingProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsEvents;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event and baseline the statistics keep reads back from the log's JSON as it was, amounts to the last digit. */
class StatisticsEventJsonTests {

    static List<Object> events() {
        var task = TaskId.next();
        var programme = ProgrammeId.next();
        var cohort = CohortId.next();
        var enrolment = EnrolmentProgrammeId.next();
        var regions = List.of(new RegionCount(new RegionCode("kashgar"), 2), new RegionCount(new RegionCode("zepu"), 1));
        return List.of(
                new TaskPlanned(task, 2018, 21, List.of(new RegionCode("xinjiang"), new RegionCode("xizang")),
                        new OfficeCode("jijiao")),
                new TaskStatusChanged(task, 2018, 21, TaskStatus.PLANNED, TaskStatus.IN_PROGRESS,
                        Instant.parse("2018-09-01T08:15:30.123456Z"), null),
                new TaskStatusChanged(task, 2018, 21, TaskStatus.IN_PROGRESS, TaskStatus.DELAYED,
                        Instant.parse("2018-10-01T00:00:00Z"), new OfficeCode("jijiao")),
                new MilestoneReached(task, 2018, 21, UUID.randomUUID(), LocalDate.of(2018, 6, 30),
                        LocalDate.of(2018, 7, 2)),
                new MilestoneOverdue(task, 2018, 21, UUID.randomUUID(), LocalDate.of(2018, 6, 30)),
                new ProgrammePlanned(programme, 2018, new RegionCode("guizhou"), TrainingMode.STUDY_IN_SHANGHAI,
                        new BigDecimal("20"), new BigDecimal("52.00"), 40, new UnitCode("shipei"), 40),
                new ProgrammePlanned(programme, 2018, new RegionCode("guizhou"), TrainingMode.STUDY_IN_SHANGHAI,
                        new BigDecimal("134.4"), BigDecimal.ZERO, 42, new UnitCode("shipei"), null),
                new ProgrammeChanged(programme, 2018, new BigDecimal("8.55"), new BigDecimal("14"), 55),
                new CohortStarted(cohort, programme, 40),
                new CohortCompleted(cohort, programme, 40, 38L),
                new CertificateIssued("CP-2018-AB3DE-FG7HJ", cohort, programme),
                new SpendingRecorded(programme, UUID.randomUUID(), "住宿费", LocalDate.of(2018, 9, 3),
                        new BigDecimal("2.50")),
                new BudgetExceeded(programme, "住宿费", new BigDecimal("3"), new BigDecimal("3.5"), "学员延住一晚"),
                new EnrolmentProgrammePlanned(enrolment, 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        new RegionCode("western-partners"), 47, 130, new BigDecimal("224.3")),
                new EnrolmentProgrammeRevised(enrolment, 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, 140,
                        new BigDecimal("230.00")),
                new StudentsAdmitted(enrolment, UUID.randomUUID(), 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        null, regions),
                new StudentsEmployed(enrolment, UUID.randomUUID(), 2018, ProgrammeKind.TIBET_SPECIAL_RECRUITMENT,
                        StudentStage.GRADUATED,
                        StudentStage.EMPLOYED_IN_PARTNER_REGION, regions),
                new SubsidyGranted(SubsidyId.next(), enrolment, 2018, new RegionCode("zepu"), new Term(2018, 2),
                        new BigDecimal("1500.00")),
                new TaskOnRecord(task, 2018, 21, List.of(new RegionCode("xinjiang")), new OfficeCode("jijiao"),
                        TaskStatus.COMPLETED, Instant.parse("2026-01-02T03:04:05Z")),
                new MilestoneOnRecord(task, 2018, 21, UUID.randomUUID(), LocalDate.of(2018, 6, 30), true, null),
                new TrainingProgrammeOnRecord(programme, 2018, new RegionCode("guizhou"),
                        TrainingMode.CLASSES_IN_SHANGHAI, new UnitCode("shipei"), new BigDecimal("7"),
                        new BigDecimal("14"), 50, new BigDecimal("0.00")),
                new CohortOnRecord(cohort, programme, 2018, true, 5, 4),
                new EnrolmentProgrammeOnRecord(enrolment, 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                        new RegionCode("western-partners"), 130, new BigDecimal("224.30"), 0, 1, 2, 3, 4),
                new SubsidiesOnRecord(2018, new RegionCode("xinjiang"), 12, new BigDecimal("30000.00")));
    }

    @ParameterizedTest
    @MethodSource("events")
    void readsBackAsItWasWritten(Object event) {
        var type = StatisticsEvents.typeOf(event).orElseThrow();

        var read = StatisticsEventJson.read(type, StatisticsEventJson.write(event));

        // Records are equal when every component is, BigDecimal's scale included: 52.00 stays 52.00.
        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void fitsTheLog(Object event) {
        assertThat(StatisticsEventJson.write(event)).hasSizeLessThan(MyBatisLoggedEvents.MAX_PAYLOAD);
    }

    @org.junit.jupiter.api.Test
    void aTypeNoLongerKnownOrAPayloadNoLongerReadableReadsAsNothing() {
        assertThat(StatisticsEventJson.read("planning.SomethingRemoved", "{}")).isNull();
        assertThat(StatisticsEventJson.read("planning.TaskPlanned", "{not json")).isNull();
    }
}
