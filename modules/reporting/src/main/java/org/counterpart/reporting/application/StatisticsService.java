package org.counterpart.reporting.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UserContext;
import org.counterpart.reporting.CompletenessFilter;
import org.counterpart.reporting.RebuildStatistics;
import org.counterpart.reporting.RecordStatistics;
import org.counterpart.reporting.StatisticsQueries;
import org.counterpart.reporting.StatisticsRejected;
import org.counterpart.reporting.StatisticsState;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.reporting.YearStatistics;
import org.counterpart.reporting.domain.AdministrationLog;
import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsLedger;
import org.counterpart.reporting.domain.StatisticsProjection;
import org.counterpart.reporting.domain.StatisticsStore;
import org.jmolecules.event.types.DomainEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The year's statistics: kept from the other modules' events, read as figures and tables, rebuilt by replaying the
 * event log. The directory and the signed-in user are looked up when needed: the reporting module also runs alone in
 * its own tests, without the directory's beans.
 */
@Service
@Transactional(readOnly = true)
class StatisticsService implements RecordStatistics, RebuildStatistics, StatisticsQueries {

    /** The years the statistics take: the notices start in the 2000s; more than a lifetime ahead is a typo. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** Events replayed per read of the log. */
    static final int REPLAY_PAGE = 500;

    /**
     * The shape of the read models this code keeps: a store of an older one (after an upgrade's migration) is rebuilt
     * from the event log at start-up. 2: running sums.
     */
    static final int READ_MODEL_VERSION = 2;

    /** How many answers are kept (a year, a region, one reader's view of the reports): a few dozen are asked for. */
    static final int KEPT = 64;

    /**
     * What an answer depends on: the year and region asked, how many events the log holds (every event that changes
     * a figure is appended to it first, in the same transaction, and the count is kept as they are), the information
     * reports as this reader may see them (themselves counted once per change to duties or reports, and per day) and
     * the directory's places as last read.
     */
    private record Asked(int year, RegionCode region, long events, Object reports, Object directory) {
    }

    private final ConcurrentHashMap<Asked, YearStatistics> kept = new ConcurrentHashMap<>();

    private final StatisticsRecorder recorder;
    private final StatisticsGroupCommit groupCommit;
    private final LoggedEvents log;
    private final StatisticsStore store;
    private final StatisticsReference reference;
    private final StatisticsTableLayout layout;
    private final AdministrationLog administration;
    private final CompletenessService completeness;
    private final ObjectProvider<CurrentUser> currentUser;
    private final Clock clock;

    StatisticsService(StatisticsRecorder recorder, StatisticsGroupCommit groupCommit, LoggedEvents log,
            StatisticsStore store, StatisticsReference reference, StatisticsTableLayout layout,
            CompletenessService completeness, AdministrationLog administration, ObjectProvider<CurrentUser> currentUser,
            Optional<Clock> clock) {
        this.recorder = recorder;
        this.groupCommit = groupCommit;
        this.log = log;
        this.store = store;
        this.reference = reference;
        this.layout = layout;
        this.completeness = completeness;
        this.administration = administration;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * In the caller's transaction if it has one; else in one of its own, with the events that arrive at the same time
     * ({@link StatisticsGroupCommit}), as the listeners call it.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean receive(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        return TransactionSynchronizationManager.isActualTransactionActive() ? recorder.apply(event)
                : groupCommit.record(event);
    }

    @Override
    @Transactional
    public StatisticsState rebuild() {
        var user = user();
        // Nobody signed in is the application itself (a maintenance task); a user must be the commission office.
        if (user.isPresent() && !user.get().isAdmin()) {
            throw StatisticsRejected.forbidden("reporting.stats.rebuild-forbidden");
        }
        var state = replay();
        administration.add(AdministrationLog.Entry.of(clock.instant(), AdministrationLog.STATISTICS_REBUILD, user,
                "replayed=" + state.replayed() + ", skipped=" + state.skipped()));
        return state;
    }

    @Override
    @Transactional
    public Optional<StatisticsState> rebuildIfOutdated() {
        log.lockForWriting();
        return log.readModelVersion() >= READ_MODEL_VERSION ? Optional.empty() : Optional.of(replay());
    }

    /** Clears the read models and replays the whole log into them, under the write lock. */
    private StatisticsState replay() {
        log.lockForWriting();
        kept.clear();
        store.clear();
        var ledger = StatisticsLedger.recording(store);
        long replayed = 0;
        long skipped = 0;
        long seq = 0;
        for (var page = log.after(seq, REPLAY_PAGE); !page.isEmpty(); page = log.after(seq, REPLAY_PAGE)) {
            for (var logged : page) {
                if (logged.event() == null) {
                    skipped++;
                } else {
                    ledger.record(StatisticsProjection.factsOf(logged.event()));
                    replayed++;
                }
                seq = logged.seq();
            }
        }
        log.recordRebuild(clock.instant(), replayed, skipped);
        log.recordReadModelVersion(READ_MODEL_VERSION);
        return state();
    }

    @Override
    public List<Integer> years() {
        // Only the years the statistics answer for: the dashboard opens on the latest of them.
        return store.years().stream().filter(year -> year >= FIRST_YEAR && year <= LAST_YEAR).toList();
    }

    @Override
    public YearStatistics statistics(int year, RegionCode region) {
        checkYear(year);
        var directory = reference.directory();
        if (region != null && !directory.regions().isEmpty() && !directory.regions().contains(region.value())) {
            throw StatisticsRejected.invalid("reporting.stats.region-unknown", region.value());
        }
        // The information reports as the reader may see them: a unit or office its own duties only.
        var reports = completeness.visibleTo(user(), year, CompletenessFilter.ALL, null);
        // Read once and kept until an event changes the figures: a request then costs two reads by primary key
        // (the log's count, the reports' change token), however many sums the year holds.
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // Inside a transaction that may write (and roll back), the figures it reads are not everyone's.
            return new StatisticsLedger(store, directory).statistics(year, region, reports);
        }
        var asked = new Asked(year, region, log.count(), reports, directory);
        var answer = kept.get(asked);
        if (answer == null) {
            answer = new StatisticsLedger(store, directory).statistics(year, region, reports);
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(asked, answer);
        }
        return answer;
    }

    @Override
    public StatisticsTables tables(int year, RegionCode region, Locale locale) {
        return layout.tables(statistics(year, region), log.lastReceived().orElse(null), locale);
    }

    @Override
    public StatisticsState state() {
        var rebuild = log.lastRebuild();
        return new StatisticsState(log.count(), log.lastReceived().orElse(null),
                rebuild.map(LoggedEvents.Rebuild::at).orElse(null), rebuild.map(LoggedEvents.Rebuild::replayed)
                        .orElse(0L), rebuild.map(LoggedEvents.Rebuild::skipped).orElse(0L));
    }

    private Optional<UserContext> user() {
        var users = currentUser.getIfAvailable();
        return users == null ? Optional.empty() : users.get();
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw StatisticsRejected.invalid("reporting.stats.year-invalid", year, FIRST_YEAR, LAST_YEAR);
        }
    }
}
