package org.counterpart.reporting.adapter.in.events;

import static org.counterpart.reporting.domain.StatisticsEvents.LISTENER_PREFIX;

import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.counterpart.enrolment.StudentsMoved;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.RecordStatistics;
import org.counterpart.training.BudgetExceeded;
import org.counterpart.training.CertificateIssued;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.SpendingRecorded;
import org.counterpart.reporting.domain.StatisticsEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Hears what the statistics are kept from: planning's tasks and milestones, training's programmes, cohorts and
 * spending, enrolment's programmes, students and subsidies. Each runs after the publisher's transaction commits, and
 * the event publication registry delivers it again until it succeeds; the statistics apply an event with an identity
 * of its own once however often it comes. The ids are fixed, so that a publication still waiting finds its listener
 * after a rename. Progress entries and plan roll-overs count for nothing here (the tasks a roll-over copies come as
 * TaskPlanned).
 * <p>
 * They run on a pool of their own ({@link StatisticsEvents#LISTENER_EXECUTOR}) and open no transaction: the statistics
 * record the events that arrive together in one transaction, under their one write lock, and each listener waits for
 * its event's commit without holding a database connection meanwhile — so the pool's threads are the size of a group,
 * not of the connection pool.
 */
@Component
class StatisticsEventsListener {

    private final RecordStatistics statistics;

    StatisticsEventsListener(RecordStatistics statistics) {
        this.statistics = statistics;
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "task-planned", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(TaskPlanned event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "task-status-changed", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(TaskStatusChanged event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "milestone-reached", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(MilestoneReached event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "milestone-overdue", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(MilestoneOverdue event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "programme-planned", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(ProgrammePlanned event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "programme-changed", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(ProgrammeChanged event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "cohort-started", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(CohortStarted event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "cohort-completed", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(CohortCompleted event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "certificate-issued", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(CertificateIssued event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "spending-recorded", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(SpendingRecorded event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "budget-exceeded", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(BudgetExceeded event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "enrolment-programme-planned",
            propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(EnrolmentProgrammePlanned event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "enrolment-programme-revised",
            propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(EnrolmentProgrammeRevised event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "students-moved", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(StudentsMoved event) {
        statistics.receive(event);
    }

    @ApplicationModuleListener(id = LISTENER_PREFIX + "subsidy-granted", propagation = Propagation.NOT_SUPPORTED)
    @Async(StatisticsEvents.LISTENER_EXECUTOR)
    void on(SubsidyGranted event) {
        statistics.receive(event);
    }
}
