package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.PlanSummary;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskRef;
import org.counterpart.reporting.TakeStatisticsBaseline;
import org.counterpart.reporting.domain.EventDeliveries;
import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsBaseline;
import org.counterpart.reporting.domain.StatisticsBaseline.CohortOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.EnrolmentProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.MilestoneOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.SubsidiesOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TaskOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TrainingProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsEvents;
import org.counterpart.reporting.domain.StatisticsEvents.Source;
import org.counterpart.training.CohortStatus;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.RunProgrammes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the statistics' baseline: what planning, training and enrolment held before the statistics heard their
 * events — the years they have that the statistics' log knows nothing of — read from their published queries and
 * logged as {@link StatisticsBaseline}s, so a rebuild replays them with the events.
 *
 * <p>A year's baseline and that year's events must not both count the same students or spending, so no baseline is
 * taken while events for the statistics wait to be delivered (the demo data loaded at start-up, say, announces itself
 * by events): it waits for them up to {@code counterpart.reporting.statistics.baseline.wait} and otherwise leaves the
 * baseline to the next start. Each module and year is taken in a transaction of its own, under the statistics' write
 * lock, and only if still unknown then.
 */
@Service
class StatisticsBaselineService implements TakeStatisticsBaseline {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int PAGE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsBaselineService.class);

    private final StatisticsRecorder recorder;
    private final LoggedEvents log;
    private final TransactionTemplate transactions;
    private final ObjectProvider<PlanQueries> plans;
    private final ObjectProvider<ProgrammeQueries> programmes;
    private final ObjectProvider<RunProgrammes> cohorts;
    private final ObjectProvider<EnrolmentProgrammeQueries> enrolment;
    private final EventDeliveries deliveries;
    private final Clock clock;
    private final boolean enabled;
    private final Duration wait;

    StatisticsBaselineService(StatisticsRecorder recorder, LoggedEvents log, PlatformTransactionManager transactions,
            ObjectProvider<PlanQueries> plans, ObjectProvider<ProgrammeQueries> programmes,
            ObjectProvider<RunProgrammes> cohorts, ObjectProvider<EnrolmentProgrammeQueries> enrolment,
            EventDeliveries deliveries, Optional<Clock> clock,
            @Value("${counterpart.reporting.statistics.baseline.enabled:true}") boolean enabled,
            @Value("${counterpart.reporting.statistics.baseline.wait:20s}") Duration wait) {
        this.recorder = recorder;
        this.log = log;
        this.transactions = new TransactionTemplate(transactions);
        this.plans = plans;
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        this.deliveries = deliveries;
        this.clock = clock.orElse(Clock.systemUTC());
        this.enabled = enabled;
        this.wait = wait;
    }

    @Override
    public List<String> takeBaseline() {
        if (!enabled) {
            return List.of();
        }
        if (!deliveriesSettled()) {
            LOG.warn("Events for the statistics are still waiting to be delivered after {}; the baseline is left for "
                    + "the next start", wait);
            return List.of();
        }
        var taken = new ArrayList<String>();
        var planQueries = plans.getIfAvailable();
        if (planQueries != null) {
            for (var year : planQueries.plans().stream().map(PlanSummary::year).toList()) {
                take(Source.PLANNING, year, () -> planning(planQueries, year), taken);
            }
        }
        var programmeQueries = programmes.getIfAvailable();
        var run = cohorts.getIfAvailable();
        if (programmeQueries != null && run != null) {
            for (var year : programmeQueries.years()) {
                take(Source.TRAINING, year, () -> training(programmeQueries, run, year), taken);
            }
        }
        var enrolmentQueries = enrolment.getIfAvailable();
        if (enrolmentQueries != null) {
            for (var year : enrolmentQueries.years()) {
                take(Source.ENROLMENT, year, () -> enrolment(enrolmentQueries, year), taken);
            }
        }
        if (!taken.isEmpty()) {
            LOG.info("Took the statistics' baseline of {}", taken);
        }
        return taken;
    }

    private void take(Source source, int year, Supplier<List<StatisticsBaseline>> baseline, List<String> taken) {
        if (log.knows(source, year)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            log.lockForWriting();
            if (log.knows(source, year)) {
                return;
            }
            var records = baseline.get();
            records.forEach(recorder::apply);
            if (!records.isEmpty()) {
                taken.add(source.name().toLowerCase(java.util.Locale.ROOT) + " " + year);
            }
        });
    }

    /** Whether no event for the statistics waits to be delivered, waiting a while for those that do. */
    private boolean deliveriesSettled() {
        var deadline = clock.instant().plus(wait);
        while (true) {
            if (!deliveries.anyOutstanding(StatisticsEvents.LISTENER_PREFIX)) {
                return true;
            }
            if (!clock.instant().isBefore(deadline)) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private List<StatisticsBaseline> planning(PlanQueries queries, int year) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, SHANGHAI);
        var records = new ArrayList<StatisticsBaseline>();
        for (int page = 0;; page++) {
            var tasks = queries.tasks(new TaskQuery(year, null, null, null, null, false, null, TaskQuery.Sort.NUMBER,
                    today, page, PAGE));
            for (var task : tasks.items()) {
                records.add(new TaskOnRecord(task.id(), year, task.number(), task.regions(), task.leadOffice(),
                        task.status(), now));
                queries.task(new TaskRef(year, task.number())).ifPresent(details -> details.milestones().forEach(m -> {
                    boolean late = m.reachedOn() != null && m.reachedOn().isAfter(m.due());
                    if (m.overdue() || late) {
                        records.add(new MilestoneOnRecord(task.id(), year, task.number(), m.id(), m.due(), true,
                                m.reachedOn()));
                    }
                }));
            }
            if ((long) (page + 1) * PAGE >= tasks.total()) {
                return records;
            }
        }
    }

    private List<StatisticsBaseline> training(ProgrammeQueries queries, RunProgrammes run, int year) {
        var records = new ArrayList<StatisticsBaseline>();
        for (int page = 0;; page++) {
            var found = queries.programmes(new ProgrammeQuery(year, null, null, null, page, PAGE));
            for (var p : found.items()) {
                records.add(new TrainingProgrammeOnRecord(p.id(), year, p.region(), p.mode(), p.implementingUnit(),
                        p.funding().commission(), p.funding().partner(), p.plannedTrainees(),
                        found.moneyOf(p.id()).spent()));
                for (var cohort : run.cohorts(p.id())) {
                    if (cohort.status() != CohortStatus.PLANNED) {
                        records.add(new CohortOnRecord(cohort.id(), p.id(), year,
                                cohort.status() == CohortStatus.COMPLETED, cohort.trainees(),
                                Math.toIntExact(cohort.completed())));
                    }
                }
            }
            if ((long) (page + 1) * PAGE >= found.total()) {
                return records;
            }
        }
    }

    private List<StatisticsBaseline> enrolment(EnrolmentProgrammeQueries queries, int year) {
        var records = new ArrayList<StatisticsBaseline>();
        for (int page = 0;; page++) {
            var found = queries.programmes(new EnrolmentProgrammeQuery(year, null, null, null, page, PAGE));
            for (var p : found.items()) {
                records.add(new EnrolmentProgrammeOnRecord(p.id(), year, p.kind(), p.sourceRegion(), p.quota(),
                        p.funding(), p.awaiting(), p.admitted(), p.enrolled(), p.graduated(), p.withdrawn()));
            }
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        queries.subsidies(year).byRegion().forEach(s -> records.add(new SubsidiesOnRecord(year, s.region(),
                s.grants(), s.amount())));
        return records;
    }
}
