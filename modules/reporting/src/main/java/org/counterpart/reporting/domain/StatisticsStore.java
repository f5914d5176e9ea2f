package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the statistics' read models are kept: what each task, milestone, programme and cohort stands at now (so that
 * a fact arriving late or twice is weighed against it), and the year's <em>tallies</em> — running sums by what they
 * count, kept current as facts arrive, so that reading a year's figures costs the same whatever the year holds.
 *
 * <p>A tally is a sum under (year, scope, table, key, measure): the scope is the regions or places the facts concern
 * ({@code kashgar,zepu}; empty for none); the table and key say what it tallies (tasks led by {@code zhijiao}); the
 * measure what is summed (tasks in progress).
 */
@SecondaryPort
public interface StatisticsStore {

    /** A task as the statistics know it: planned (with its regions and lead office) or only its latest status yet. */
    record TaskState(TaskId task, int year, int number, boolean planned, List<RegionCode> regions,
            OfficeCode leadOffice, TaskStatus status, Instant statusAt) {

        public TaskState {
            regions = List.copyOf(regions);
        }
    }

    /** A milestone flagged overdue (with the day it was due) and the day it was reached, if it was. */
    record MilestoneState(UUID milestone, TaskId task, int year, int number, LocalDate due, boolean overdue,
            LocalDate reachedOn) {
    }

    /**
     * A training programme: once planned, its year, region, mode and unit; its figures (as planned, or as last
     * changed); and what its cohorts and spending add up to so far, whether or not it is known to be planned yet.
     */
    record ProgrammeState(ProgrammeId programme, Integer year, boolean planned, boolean changed, RegionCode region,
            TrainingMode mode, UnitCode unit, BigDecimal commissionFunding, BigDecimal partnerFunding,
            int plannedTrainees, BigDecimal spent, long inTraining, long trained, long completed, long certificates,
            long overBudget) {
    }

    /** A cohort: the trainees it started with (null until started) and whether it completed. */
    record CohortState(CohortId cohort, ProgrammeId programme, Integer startedTrainees, boolean completed) {
    }

    /** An enrolment programme: once planned, its year, kind and source region; its quota and funding now. */
    record EnrolmentProgrammeState(EnrolmentProgrammeId programme, Integer year, boolean planned, boolean revised,
            ProgrammeKind kind, RegionCode region, int quota, BigDecimal funding) {
    }

    /** One running sum; {@code key} is empty where the table has one row. */
    record Tally(int year, String scope, String table, String key, String measure, BigDecimal amount) {
    }

    Optional<TaskState> task(TaskId task);

    void save(TaskState task);

    /** Saves many tasks at once (the statistics of a 10,000-task import). */
    default void saveTasks(Collection<TaskState> tasks) {
        tasks.forEach(this::save);
    }

    Optional<MilestoneState> milestone(UUID milestone);

    void save(MilestoneState milestone);

    Optional<ProgrammeState> programme(ProgrammeId programme);

    void save(ProgrammeState programme);

    Optional<CohortState> cohort(CohortId cohort);

    void save(CohortState cohort);

    Optional<EnrolmentProgrammeState> enrolmentProgramme(EnrolmentProgrammeId programme);

    void save(EnrolmentProgrammeState programme);

    /** Adds each amount to its running sum (a new sum starts at zero). */
    void add(Collection<Tally> amounts);

    /** The running sums of a year. */
    List<Tally> tallies(int year);

    /** The milestones of a year's tasks flagged overdue, reached since or not. */
    List<MilestoneState> overdueMilestones(int year);

    /** The planned tasks of a year these ids name (the tasks of the overdue milestones). */
    List<TaskState> tasks(Collection<TaskId> tasks);

    /** The planned tasks of a year's plan with these numbers. */
    List<TaskState> tasksOf(int year, Collection<Integer> numbers);

    /** The training programmes these ids name, as far as known. */
    List<ProgrammeState> programmes(Collection<ProgrammeId> programmes);

    /** The enrolment programmes these ids name, as far as known. */
    List<EnrolmentProgrammeState> enrolmentProgrammes(Collection<EnrolmentProgrammeId> programmes);

    /** The planned enrolment programmes of a year. */
    List<EnrolmentProgrammeState> enrolmentProgrammes(int year);

    /** The years with planned tasks, training programmes or enrolment programmes, the latest first. */
    List<Integer> years();

    /** Removes everything; the event log stays. */
    void clear();
}
