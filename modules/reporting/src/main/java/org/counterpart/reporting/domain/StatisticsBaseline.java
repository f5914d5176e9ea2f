package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;

/**
 * What another module held before the statistics heard its events, read from its published queries and logged like
 * an event, so that a rebuild replays it too. Each names what it is about ({@link #identity()}), so a baseline is
 * logged once however often it is taken.
 *
 * <p>A baseline knows less than the events would have said: students by stage only by their programme's source
 * region (the published figures count seats per school, not students per region), graduates without their outcome,
 * subsidies by region without their programme, and no certificates.
 */
public sealed interface StatisticsBaseline {

    /** The names the event log stores baselines by. */
    Map<String, Class<?>> TYPES = Map.of(
            "baseline.TaskOnRecord", TaskOnRecord.class,
            "baseline.MilestoneOnRecord", MilestoneOnRecord.class,
            "baseline.TrainingProgrammeOnRecord", TrainingProgrammeOnRecord.class,
            "baseline.CohortOnRecord", CohortOnRecord.class,
            "baseline.EnrolmentProgrammeOnRecord", EnrolmentProgrammeOnRecord.class,
            "baseline.SubsidiesOnRecord", SubsidiesOnRecord.class);

    Source source();

    int year();

    /** What the baseline is about, the same each time it is taken. */
    String identity();

    /** A task of a plan as it stood at {@code asOf}. */
    record TaskOnRecord(TaskId task, int year, int number, List<RegionCode> regions, OfficeCode leadOffice,
            TaskStatus status, Instant asOf) implements StatisticsBaseline {

        public TaskOnRecord {
            regions = List.copyOf(regions);
        }

        @Override
        public Source source() {
            return Source.PLANNING;
        }

        @Override
        public String identity() {
            return "task|" + task;
        }
    }

    /** A milestone that was overdue or reached when the baseline was taken. */
    record MilestoneOnRecord(TaskId task, int year, int number, UUID milestone, LocalDate due, boolean overdue,
            LocalDate reachedOn) implements StatisticsBaseline {

        @Override
        public Source source() {
            return Source.PLANNING;
        }

        @Override
        public String identity() {
            return "milestone|" + milestone;
        }
    }

    /** A training programme with its figures and spending (万元) so far. */
    record TrainingProgrammeOnRecord(ProgrammeId programme, int year, RegionCode region, TrainingMode mode,
            UnitCode unit, BigDecimal commissionFunding, BigDecimal partnerFunding, int plannedTrainees,
            BigDecimal spent) implements StatisticsBaseline {

        @Override
        public Source source() {
            return Source.TRAINING;
        }

        @Override
        public String identity() {
            return "training-programme|" + programme;
        }
    }

    /** A cohort that had started, or completed, with its roster and how many completed. */
    record CohortOnRecord(CohortId cohort, ProgrammeId programme, int year, boolean completedCohort, int trainees,
            int completed) implements StatisticsBaseline {

        @Override
        public Source source() {
            return Source.TRAINING;
        }

        @Override
        public String identity() {
            return "cohort|" + cohort;
        }
    }

    /** An enrolment programme with its seats, funding (万元) and students by stage. */
    record EnrolmentProgrammeOnRecord(EnrolmentProgrammeId programme, int year, ProgrammeKind kind,
            RegionCode region, int quota, BigDecimal funding, int awaiting, int admitted, int enrolled,
            int graduated, int withdrawn) implements StatisticsBaseline {

        @Override
        public Source source() {
            return Source.ENROLMENT;
        }

        @Override
        public String identity() {
            return "enrolment-programme|" + programme;
        }
    }

    /** Subsidies (元) granted to students of a source region in an academic year. */
    record SubsidiesOnRecord(int year, RegionCode region, int grants, BigDecimal amount)
            implements StatisticsBaseline {

        @Override
        public Source source() {
            return Source.ENROLMENT;
        }

        @Override
        public String identity() {
            return "subsidies|" + year + "|" + region;
        }
    }
}
