package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;

/**
 * One fact an event states, as the statistics take it: the {@link StatisticsLedger} weighs each against what its task
 * or programme stands at and adds the difference to the year's running sums, so events may arrive in any order and a
 * rebuild is replaying the log into empty tables.
 */
public sealed interface StatisticsFact {

    /** A task of a year's plan, with its partner regions and lead office. */
    record TaskFact(TaskId task, int year, int number, List<RegionCode> regions, OfficeCode leadOffice)
            implements StatisticsFact {

        public TaskFact {
            regions = List.copyOf(regions);
        }
    }

    /** A task stands in {@code status} from {@code at} on. */
    record TaskStatusFact(TaskId task, int year, int number, TaskStatus status, Instant at)
            implements StatisticsFact {
    }

    /** A milestone of a task flagged overdue, or reached on a day. */
    record MilestoneFact(UUID milestone, TaskId task, int year, int number, LocalDate due, boolean overdue,
            LocalDate reachedOn) implements StatisticsFact {
    }

    /**
     * A training programme's funding (万元) and planned trainees; when {@code planned}, also its region, mode and
     * implementing unit (a change names only the figures).
     */
    record TrainingFact(ProgrammeId programme, int year, boolean planned, RegionCode region, TrainingMode mode,
            UnitCode unit, BigDecimal commissionFunding, BigDecimal partnerFunding, int plannedTrainees)
            implements StatisticsFact {
    }

    /** What happened to a cohort of a programme. */
    enum Happening {
        /** started with {@code trainees} on its roster */
        STARTED,
        /** completed: {@code trainees} trained, {@code completed} completed */
        COMPLETED,
        /** a completion certificate was issued */
        CERTIFICATE
    }

    record CohortFact(CohortId cohort, ProgrammeId programme, Happening happening, int trainees, int completed)
            implements StatisticsFact {
    }

    /** Spending against a programme in 万元; {@code overBudget} marks spending that went beyond its budget line. */
    record SpendingFact(ProgrammeId programme, BigDecimal amount, boolean overBudget) implements StatisticsFact {
    }

    /**
     * An enrolment programme's quota and funding (万元); when {@code planned}, also its source region (a revision
     * names only the figures).
     */
    record EnrolmentFact(EnrolmentProgrammeId programme, int year, boolean planned, ProgrammeKind kind,
            RegionCode region, int quota, BigDecimal funding) implements StatisticsFact {
    }

    /** {@code students} of a programme from a source region came into a stage (positive) or left it (negative). */
    record StudentsFact(EnrolmentProgrammeId programme, int year, ProgrammeKind kind, RegionCode region,
            StudentStage stage, int students) implements StatisticsFact {
    }

    /**
     * {@code grants} subsidies (元) to students of a source region; the programme is {@code null} in a baseline, which
     * knows subsidies by region only.
     */
    record SubsidyFact(EnrolmentProgrammeId programme, int year, RegionCode region, int grants, BigDecimal amount)
            implements StatisticsFact {
    }
}
