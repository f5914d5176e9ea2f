package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentsAdmitted;
import org.counterpart.enrolment.StudentsMoved.RegionCount;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.Term;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.PlanRolledOver;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.domain.StatisticsBaseline.SubsidiesOnRecord;
import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.SpendingRecorded;
import org.junit.jupiter.api.Test;

/** Which events the statistics keep, under which names, and when an event is the same event delivered again. */
class StatisticsEventsTests {

    static final TaskId TASK = TaskId.next();

    @Test
    void anEventWithAnIdentityHasTheSameIdEveryTimeItIsDelivered() {
        var first = new TaskPlanned(TASK, 2018, 21, List.of(new RegionCode("xinjiang")), new OfficeCode("jijiao"));
        var again = new TaskPlanned(TASK, 2018, 21, List.of(new RegionCode("xinjiang")), new OfficeCode("jijiao"));

        assertThat(StatisticsEvents.naturalId(first)).isPresent().isEqualTo(StatisticsEvents.naturalId(again));
    }

    @Test
    void twoEventsAboutDifferentThingsHaveDifferentIds() {
        var at = Instant.parse("2018-09-01T00:00:00Z");
        var started = new TaskStatusChanged(TASK, 2018, 21, TaskStatus.PLANNED, TaskStatus.IN_PROGRESS, at, null);
        var completed = new TaskStatusChanged(TASK, 2018, 21, TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED, at, null);
        var cohort = CohortId.next();
        var programme = ProgrammeId.next();

        assertThat(StatisticsEvents.naturalId(started)).isNotEqualTo(StatisticsEvents.naturalId(completed));
        assertThat(StatisticsEvents.naturalId(new CohortCompleted(cohort, programme, 10, 9)))
                .isNotEqualTo(StatisticsEvents.naturalId(new CohortCompleted(CohortId.next(), programme, 10, 9)));
        assertThat(StatisticsEvents.naturalId(new MilestoneOverdue(TASK, 2018, 21, UUID.randomUUID(),
                LocalDate.of(2018, 6, 30)))).isNotEqualTo(StatisticsEvents.naturalId(new MilestoneOverdue(TASK, 2018,
                        21, UUID.randomUUID(), LocalDate.of(2018, 6, 30))));
    }

    @Test
    void movementsAndSpendingAreKnownByTheirOwnIdsSoTwoAlikeAreTwoAndOneDeliveredTwiceIsOne() {
        var programme = EnrolmentProgrammeId.next();
        var kashgar = List.of(new RegionCount(new RegionCode("kashgar"), 1));
        var first = new StudentsAdmitted(programme, UUID.randomUUID(), 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                null, kashgar);
        var second = new StudentsAdmitted(programme, UUID.randomUUID(), 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                null, kashgar);
        var again = new StudentsAdmitted(programme, first.movement(), 2018, ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING,
                null, kashgar);

        assertThat(StatisticsEvents.naturalId(first)).as("two students admitted one after the other").isPresent()
                .isNotEqualTo(StatisticsEvents.naturalId(second));
        assertThat(StatisticsEvents.naturalId(again)).isEqualTo(StatisticsEvents.naturalId(first));

        var spending = UUID.randomUUID();
        var spent = new SpendingRecorded(ProgrammeId.next(), spending, "住宿费", LocalDate.of(2018, 9, 3),
                BigDecimal.ONE);
        var alike = new SpendingRecorded(spent.programme(), UUID.randomUUID(), "住宿费", LocalDate.of(2018, 9, 3),
                BigDecimal.ONE);
        assertThat(StatisticsEvents.naturalId(spent)).isPresent().isNotEqualTo(StatisticsEvents.naturalId(alike));
    }

    @Test
    void aFigureStatedAnewAndEventsLoggedBeforeTheyCarriedIdsAreLoggedOnEachReceipt() {
        assertThat(StatisticsEvents.naturalId(new ProgrammeChanged(ProgrammeId.next(), 2018, BigDecimal.TEN,
                BigDecimal.ZERO, 40))).as("a change back to an earlier figure is no repetition").isEmpty();
        assertThat(StatisticsEvents.naturalId(new SpendingRecorded(ProgrammeId.next(), null, "住宿费",
                LocalDate.of(2018, 9, 3), BigDecimal.ONE))).as("read back from an older log").isEmpty();
        assertThat(StatisticsEvents.naturalId(new StudentsAdmitted(EnrolmentProgrammeId.next(), null, 2018,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, null, List.of()))).isEmpty();
    }

    @Test
    void aSubsidyIsKnownByItsIdAndABaselineByWhatItIsAbout() {
        var subsidy = SubsidyId.next();
        var granted = new SubsidyGranted(subsidy, EnrolmentProgrammeId.next(), 2018, new RegionCode("zepu"),
                new Term(2018, 1), new BigDecimal("3000.00"));
        var again = new SubsidyGranted(subsidy, granted.programme(), 2018, granted.sourceRegion(), granted.term(),
                granted.amount());

        assertThat(StatisticsEvents.naturalId(granted)).isEqualTo(StatisticsEvents.naturalId(again));
        assertThat(StatisticsEvents.naturalId(new SubsidiesOnRecord(2018, new RegionCode("xinjiang"), 3,
                BigDecimal.TEN))).isEqualTo(StatisticsEvents.naturalId(new SubsidiesOnRecord(2018,
                        new RegionCode("xinjiang"), 5, BigDecimal.ONE)));
    }

    @Test
    void everyKeptEventHasANameThatLeadsBackToItsTypeAndItsSourceAndYear() {
        var admitted = new StudentsAdmitted(EnrolmentProgrammeId.next(), UUID.randomUUID(), 2019,
                ProgrammeKind.TIBET_JUNIOR_CLASS,
                null, List.of());

        assertThat(StatisticsEvents.typeOf(admitted)).contains("enrolment.StudentsAdmitted");
        assertThat(StatisticsEvents.classOf("enrolment.StudentsAdmitted")).contains(StudentsAdmitted.class);
        assertThat(StatisticsEvents.sourceOf(admitted)).isEqualTo(Source.ENROLMENT);
        assertThat(StatisticsEvents.yearOf(admitted)).contains(2019);
        assertThat(StatisticsEvents.sourceOf(new CohortCompleted(CohortId.next(), ProgrammeId.next(), 1, 1)))
                .isEqualTo(Source.TRAINING);
        assertThat(StatisticsEvents.yearOf(new CohortCompleted(CohortId.next(), ProgrammeId.next(), 1, 1)))
                .as("a cohort names only its programme").isEmpty();
        assertThat(StatisticsEvents.sourceOf(new SubsidiesOnRecord(2018, new RegionCode("xinjiang"), 1,
                BigDecimal.ONE))).isEqualTo(Source.ENROLMENT);
    }

    @Test
    void eventsTheStatisticsDoNotKeepHaveNoName() {
        assertThat(StatisticsEvents.isKept(new PlanRolledOver(2018, 2019, 51))).isFalse();
        assertThat(StatisticsProjection.factsOf(new PlanRolledOver(2018, 2019, 51))).isEmpty();
        assertThat(StatisticsEvents.classOf("planning.SomethingRemoved")).isEmpty();
    }
}
