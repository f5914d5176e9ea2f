package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.counterpart.directory.RegionCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.CompletenessReport;
import org.counterpart.reporting.EnrolmentFigures;
import org.counterpart.reporting.EnrolmentFigures.ProgrammeTally;
import org.counterpart.reporting.EnrolmentFigures.StageTally;
import org.counterpart.reporting.EnrolmentFigures.SubsidyTally;
import org.counterpart.reporting.ReportFigures;
import org.counterpart.reporting.ReportFigures.KindTally;
import org.counterpart.reporting.ReportFigures.ReporterTally;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubjectType;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.counterpart.reporting.TaskFigures;
import org.counterpart.reporting.TaskFigures.OverdueMilestone;
import org.counterpart.reporting.TaskFigures.TaskTally;
import org.counterpart.reporting.TrainingFigures;
import org.counterpart.reporting.TrainingFigures.TrainingTally;
import org.counterpart.reporting.YearStatistics;
import org.counterpart.reporting.domain.StatisticsFact.CohortFact;
import org.counterpart.reporting.domain.StatisticsFact.EnrolmentFact;
import org.counterpart.reporting.domain.StatisticsFact.MilestoneFact;
import org.counterpart.reporting.domain.StatisticsFact.SpendingFact;
import org.counterpart.reporting.domain.StatisticsFact.StudentsFact;
import org.counterpart.reporting.domain.StatisticsFact.SubsidyFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskStatusFact;
import org.counterpart.reporting.domain.StatisticsFact.TrainingFact;
import org.counterpart.reporting.domain.StatisticsStore.CohortState;
import org.counterpart.reporting.domain.StatisticsStore.EnrolmentProgrammeState;
import org.counterpart.reporting.domain.StatisticsStore.MilestoneState;
import org.counterpart.reporting.domain.StatisticsStore.ProgrammeState;
import org.counterpart.reporting.domain.StatisticsStore.TaskState;
import org.counterpart.reporting.domain.StatisticsStore.Tally;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;

/**
 * The year's statistics as running sums: each fact an event states is weighed against what its task, programme or
 * cohort stands at now, and what changes is added to the year's tallies — kept under the regions and places the fact
 * concerns, by lead office, mode, unit or programme — so that reading a year's figures reads one sum per such
 * combination, however many tasks, students and subsidies the year holds. Which places lie in which partner region
 * is the directory's when the figures are read.
 *
 * <p>Facts may arrive in any order and a fact may be stated twice (an event and a baseline of the same task): tasks,
 * milestones, programmes and cohorts are taken once by their id; a task's status is its latest by the moment it
 * changed; a programme's figures are its latest change, else what it was planned with; cohorts and spending count
 * once their programme is known to be planned. Students, spending and subsidies are sums.
 */
public final class StatisticsLedger {

    // Tables of tallies (and their measures).
    static final String TASKS = "tasks";
    static final String TRAINING = "training";
    static final String TRAINING_BY_MODE = "training-by-mode";
    static final String TRAINING_BY_UNIT = "training-by-unit";
    static final String STUDENTS_BY_PROGRAMME = "students-by-programme";
    static final String STUDENTS = "students";
    static final String SUBSIDIES = "subsidies";

    static final String PROGRAMMES = "programmes";
    static final String COMMISSION = "commission";
    static final String PARTNER = "partner";
    static final String SPENT = "spent";
    static final String PLANNED_TRAINEES = "planned-trainees";
    static final String IN_TRAINING = "in-training";
    static final String TRAINED = "trained";
    static final String COMPLETED = "completed";
    static final String CERTIFICATES = "certificates";
    static final String OVER_BUDGET = "over-budget";
    static final String GRANTS = "grants";
    static final String AMOUNT = "amount";

    /** The scope of what concerns no region. */
    static final String NO_REGION = "";

    private final StatisticsStore store;
    private final StatisticsDirectory directory;

    /** @param directory the places each region lies in and the order things are listed in, for reading figures */
    public StatisticsLedger(StatisticsStore store, StatisticsDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /** A ledger to record facts with: recording needs nothing of the directory. */
    public static StatisticsLedger recording(StatisticsStore store) {
        return new StatisticsLedger(store, StatisticsDirectory.NONE);
    }

    // === recording ==================================================================================================

    /** Weighs the facts one event (or baseline) states, in order, and adds what they change to the tallies. */
    public void record(List<? extends StatisticsFact> facts) {
        for (var fact : facts) {
            record(fact);
        }
    }

    private void record(StatisticsFact fact) {
        if (fact instanceof TaskFact f) {
            var was = store.task(f.task()).orElse(null);
            if (was != null && was.planned()) {
                return;
            }
            var now = new TaskState(f.task(), f.year(), f.number(), true, f.regions(), f.leadOffice(),
                    was == null ? null : was.status(), was == null ? null : was.statusAt());
            store.save(now);
            store.add(difference(tallies(was), tallies(now)));
        } else if (fact instanceof TaskStatusFact f) {
            var was = store.task(f.task()).orElse(null);
            if (was != null && was.statusAt() != null && f.at().isBefore(was.statusAt())) {
                return;
            }
            var now = was == null
                    ? new TaskState(f.task(), f.year(), f.number(), false, List.of(), null, f.status(), f.at())
                    : new TaskState(was.task(), was.year(), was.number(), was.planned(), was.regions(),
                            was.leadOffice(), f.status(), f.at());
            store.save(now);
            store.add(difference(tallies(was), tallies(now)));
        } else if (fact instanceof MilestoneFact f) {
            var was = store.milestone(f.milestone()).orElse(null);
            boolean flagged = was != null && was.overdue();
            var due = flagged ? was.due() : f.due() != null || was == null ? f.due() : was.due();
            var reached = f.reachedOn() != null ? f.reachedOn() : was == null ? null : was.reachedOn();
            store.save(new MilestoneState(f.milestone(), f.task(), f.year(), f.number(), due,
                    flagged || f.overdue(), reached));
        } else if (fact instanceof TrainingFact f) {
            var was = store.programme(f.programme()).orElseGet(() -> unknownProgramme(f.programme()));
            ProgrammeState now;
            if (f.planned()) {
                if (was.planned()) {
                    return;
                }
                now = new ProgrammeState(was.programme(), f.year(), true, was.changed(), f.region(), f.mode(),
                        f.unit(), was.changed() ? was.commissionFunding() : f.commissionFunding(),
                        was.changed() ? was.partnerFunding() : f.partnerFunding(),
                        was.changed() ? was.plannedTrainees() : f.plannedTrainees(), was.spent(), was.inTraining(),
                        was.trained(), was.completed(), was.certificates(), was.overBudget());
            } else {
                now = new ProgrammeState(was.programme(), was.year(), was.planned(), true, was.region(), was.mode(),
                        was.unit(), f.commissionFunding(), f.partnerFunding(), f.plannedTrainees(), was.spent(),
                        was.inTraining(), was.trained(), was.completed(), was.certificates(), was.overBudget());
            }
            saveProgramme(was, now);
        } else if (fact instanceof CohortFact f) {
            var was = store.programme(f.programme()).orElseGet(() -> unknownProgramme(f.programme()));
            var cohort = store.cohort(f.cohort()).orElseGet(() -> new CohortState(f.cohort(), f.programme(), null,
                    false));
            long inTraining = was.inTraining();
            long trained = was.trained();
            long completed = was.completed();
            long certificates = was.certificates();
            switch (f.happening()) {
                case STARTED -> {
                    if (cohort.startedTrainees() != null) {
                        return;
                    }
                    inTraining += cohort.completed() ? 0 : f.trainees();
                    store.save(new CohortState(cohort.cohort(), cohort.programme(), f.trainees(),
                            cohort.completed()));
                }
                case COMPLETED -> {
                    if (cohort.completed()) {
                        return;
                    }
                    inTraining -= cohort.startedTrainees() == null ? 0 : cohort.startedTrainees();
                    trained += f.trainees();
                    completed += f.completed();
                    store.save(new CohortState(cohort.cohort(), cohort.programme(), cohort.startedTrainees(),
                            true));
                }
                case CERTIFICATE -> certificates++;
            }
            saveProgramme(was, new ProgrammeState(was.programme(), was.year(), was.planned(), was.changed(),
                    was.region(), was.mode(), was.unit(), was.commissionFunding(), was.partnerFunding(),
                    was.plannedTrainees(), was.spent(), inTraining, trained, completed, certificates,
                    was.overBudget()));
        } else if (fact instanceof SpendingFact f) {
            var was = store.programme(f.programme()).orElseGet(() -> unknownProgramme(f.programme()));
            saveProgramme(was, new ProgrammeState(was.programme(), was.year(), was.planned(), was.changed(),
                    was.region(), was.mode(), was.unit(), was.commissionFunding(), was.partnerFunding(),
                    was.plannedTrainees(), was.spent().add(f.amount()), was.inTraining(), was.trained(),
                    was.completed(), was.certificates(), was.overBudget() + (f.overBudget() ? 1 : 0)));
        } else if (fact instanceof EnrolmentFact f) {
            var was = store.enrolmentProgramme(f.programme()).orElse(null);
            if (f.planned()) {
                if (was != null && was.planned()) {
                    return;
                }
                boolean revised = was != null && was.revised();
                store.save(new EnrolmentProgrammeState(f.programme(), f.year(), true, revised, f.kind(), f.region(),
                        revised ? was.quota() : f.quota(), revised ? was.funding() : f.funding()));
            } else {
                store.save(was == null
                        ? new EnrolmentProgrammeState(f.programme(), f.year(), false, true, f.kind(), null, f.quota(),
                                f.funding())
                        : new EnrolmentProgrammeState(was.programme(), was.year(), was.planned(), true, was.kind(),
                                was.region(), f.quota(), f.funding()));
            }
        } else if (fact instanceof StudentsFact f) {
            var amounts = new Tallies();
            var students = BigDecimal.valueOf(f.students());
            amounts.add(f.year(), NO_REGION, STUDENTS_BY_PROGRAMME, f.programme().value().toString(),
                    f.stage().name(), students);
            amounts.add(f.year(), f.region().value(), STUDENTS, "", f.stage().name(), students);
            store.add(amounts.list());
        } else if (fact instanceof SubsidyFact f) {
            var amounts = new Tallies();
            amounts.add(f.year(), f.region().value(), SUBSIDIES, "", GRANTS, BigDecimal.valueOf(f.grants()));
            amounts.add(f.year(), f.region().value(), SUBSIDIES, "", AMOUNT, f.amount());
            store.add(amounts.list());
        }
    }

    private static ProgrammeState unknownProgramme(ProgrammeId programme) {
        return new ProgrammeState(programme, null, false, false, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO,
                0, BigDecimal.ZERO, 0, 0, 0, 0, 0);
    }

    private void saveProgramme(ProgrammeState was, ProgrammeState now) {
        store.save(now);
        store.add(difference(tallies(was), tallies(now)));
    }

    /** The regions a fact concerns, as the scope its tallies are kept under: codes in order, comma-separated. */
    static String scopeOf(Collection<RegionCode> regions) {
        return regions.stream().map(RegionCode::value).distinct().sorted().collect(Collectors.joining(","));
    }

    private static List<String> codesOf(String scope) {
        return scope.isEmpty() ? List.of() : List.of(scope.split(","));
    }

    /** What a task counts for: one task in its status, under its regions and its lead office. */
    private static Tallies tallies(TaskState task) {
        var amounts = new Tallies();
        if (task == null || !task.planned()) {
            return amounts;
        }
        var status = (task.status() == null ? TaskStatus.PLANNED : task.status()).name();
        amounts.add(task.year(), scopeOf(task.regions()), TASKS,
                task.leadOffice() == null ? "" : task.leadOffice().value(), status, BigDecimal.ONE);
        return amounts;
    }

    /** What a planned programme counts for: its figures under its region, in all and by mode and unit. */
    private static Tallies tallies(ProgrammeState programme) {
        var amounts = new Tallies();
        if (!programme.planned() || programme.year() == null) {
            return amounts;
        }
        var scope = programme.region() == null ? NO_REGION : programme.region().value();
        addProgramme(amounts, programme, scope, TRAINING, "");
        if (programme.mode() != null) {
            addProgramme(amounts, programme, scope, TRAINING_BY_MODE, programme.mode().name());
        }
        if (programme.unit() != null) {
            addProgramme(amounts, programme, scope, TRAINING_BY_UNIT, programme.unit().value());
        }
        return amounts;
    }

    private static void addProgramme(Tallies amounts, ProgrammeState p, String scope, String table, String key) {
        int year = p.year();
        amounts.add(year, scope, table, key, PROGRAMMES, BigDecimal.ONE);
        amounts.add(year, scope, table, key, COMMISSION, p.commissionFunding());
        amounts.add(year, scope, table, key, PARTNER, p.partnerFunding());
        amounts.add(year, scope, table, key, SPENT, p.spent());
        amounts.add(year, scope, table, key, PLANNED_TRAINEES, BigDecimal.valueOf(p.plannedTrainees()));
        amounts.add(year, scope, table, key, IN_TRAINING, BigDecimal.valueOf(p.inTraining()));
        amounts.add(year, scope, table, key, TRAINED, BigDecimal.valueOf(p.trained()));
        amounts.add(year, scope, table, key, COMPLETED, BigDecimal.valueOf(p.completed()));
        amounts.add(year, scope, table, key, CERTIFICATES, BigDecimal.valueOf(p.certificates()));
        amounts.add(year, scope, table, key, OVER_BUDGET, BigDecimal.valueOf(p.overBudget()));
    }

    /** What changes from one state's tallies to the next's: each sum's difference, those that are not zero. */
    private static List<Tally> difference(Tallies before, Tallies after) {
        var change = new Tallies();
        after.sums.forEach(change::add);
        before.sums.forEach((key, amount) -> change.add(key, amount.negate()));
        return change.list();
    }

    /** Sums being put together, by their place among the tallies. */
    private static final class Tallies {

        record Key(int year, String scope, String table, String key, String measure) {
        }

        final Map<Key, BigDecimal> sums = new LinkedHashMap<>();

        void add(int year, String scope, String table, String key, String measure, BigDecimal amount) {
            add(new Key(year, scope, table, key, measure), amount);
        }

        void add(Key key, BigDecimal amount) {
            sums.merge(key, amount, BigDecimal::add);
        }

        List<Tally> list() {
            return sums.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                    .map(e -> new Tally(e.getKey().year(), e.getKey().scope(), e.getKey().table(), e.getKey().key(),
                            e.getKey().measure(), e.getValue()))
                    .toList();
        }
    }

    // === reading ====================================================================================================

    /**
     * The year's figures, of every region or of one.
     *
     * @param region a partner region or place: only what concerns it (or the places inside it) counts; {@code null}
     *        for all
     * @param completeness the year's information reports by duty, as of a day: in a region, the duties on a task or
     *        programme the statistics place in it count
     */
    public YearStatistics statistics(int year, RegionCode region, CompletenessReport completeness) {
        Predicate<String> inRegion = code -> region == null
                || code != null && directory.within(code, region.value());
        var tallies = store.tallies(year);
        return new YearStatistics(year, region, taskFigures(year, tallies, inRegion),
                trainingFigures(tallies, inRegion), enrolmentFigures(year, tallies, inRegion),
                reportFigures(year, region == null, inRegion, completeness));
    }

    /** Sums by key and measure. */
    private static final class Rows {

        final Map<String, Map<String, BigDecimal>> rows = new HashMap<>();

        void add(String key, String measure, BigDecimal amount) {
            rows.computeIfAbsent(key, k -> new HashMap<>()).merge(measure, amount, BigDecimal::add);
        }

        void addAll(String key, Map<String, BigDecimal> amounts) {
            amounts.forEach((measure, amount) -> add(key, measure, amount));
        }

        Map<String, BigDecimal> row(String key) {
            return rows.getOrDefault(key, Map.of());
        }

        static long count(Map<String, BigDecimal> row, String measure) {
            return row.getOrDefault(measure, BigDecimal.ZERO).longValueExact();
        }

        static BigDecimal amount(Map<String, BigDecimal> row, String measure) {
            return row.getOrDefault(measure, BigDecimal.ZERO);
        }
    }

    /** Whether a tally's regions put it inside the region asked about (every tally, asked about all). */
    private static boolean counts(String scope, Predicate<String> inRegion) {
        return inRegion.test(null) || codesOf(scope).stream().anyMatch(inRegion);
    }

    // --- tasks ------------------------------------------------------------------------------------------------------

    private TaskFigures taskFigures(int year, List<Tally> tallies, Predicate<String> inRegion) {
        var all = new Rows();
        var byOffice = new Rows();
        var byRegion = new Rows();
        for (var t : tallies) {
            if (!TASKS.equals(t.table()) || !counts(t.scope(), inRegion)) {
                continue;
            }
            all.add("", t.measure(), t.amount());
            if (!t.key().isEmpty()) {
                byOffice.add(t.key(), t.measure(), t.amount());
            }
            // A task serving several places of one partner region counts in it once.
            codesOf(t.scope()).stream().filter(inRegion).map(directory::partnerOf).distinct()
                    .forEach(partner -> byRegion.add(partner, t.measure(), t.amount()));
        }
        var byStatus = byStatus(all.row(""));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();

        var flagged = store.overdueMilestones(year);
        var tasks = new HashMap<TaskId, TaskState>();
        store.tasks(flagged.stream().map(MilestoneState::task).collect(Collectors.toSet()))
                .forEach(t -> tasks.put(t.task(), t));
        var overdue = flagged.stream()
                .filter(m -> tasks.containsKey(m.task()))
                .filter(m -> counts(scopeOf(tasks.get(m.task()).regions()), inRegion))
                .map(m -> {
                    var task = tasks.get(m.task());
                    return new OverdueMilestone(m.number(), task.leadOffice() == null ? null
                            : task.leadOffice().value(), task.regions().stream().map(RegionCode::value).toList(),
                            m.due(), m.reachedOn());
                })
                .sorted(Comparator.comparingInt(OverdueMilestone::task).thenComparing(OverdueMilestone::due))
                .toList();
        long stillOverdue = overdue.stream().filter(m -> m.reachedOn() == null).count();

        return new TaskFigures(total, byStatus, taskTallies(byRegion, directory.regionOrder()),
                taskTallies(byOffice, directory.officeOrder()), stillOverdue, overdue.size() - stillOverdue,
                overdue);
    }

    private static Map<TaskStatus, Long> byStatus(Map<String, BigDecimal> row) {
        var counts = new EnumMap<TaskStatus, Long>(TaskStatus.class);
        for (var status : TaskStatus.values()) {
            counts.put(status, Rows.count(row, status.name()));
        }
        return counts;
    }

    private static List<TaskTally> taskTallies(Rows rows, Comparator<String> order) {
        return rows.rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order))
                .map(e -> {
                    var counts = byStatus(e.getValue());
                    return new TaskTally(e.getKey(), counts.values().stream().mapToLong(Long::longValue).sum(),
                            counts);
                })
                .filter(t -> t.tasks() > 0)
                .toList();
    }

    // --- training ---------------------------------------------------------------------------------------------------

    private TrainingFigures trainingFigures(List<Tally> tallies, Predicate<String> inRegion) {
        var total = new Rows();
        var byRegion = new Rows();
        var byMode = new Rows();
        var byUnit = new Rows();
        for (var t : tallies) {
            if (!t.table().startsWith(TRAINING) || !counts(t.scope(), inRegion)) {
                continue;
            }
            switch (t.table()) {
                case TRAINING -> {
                    total.add("", t.measure(), t.amount());
                    if (!t.scope().isEmpty()) {
                        byRegion.add(directory.partnerOf(t.scope()), t.measure(), t.amount());
                    }
                }
                case TRAINING_BY_MODE -> byMode.add(t.key(), t.measure(), t.amount());
                case TRAINING_BY_UNIT -> byUnit.add(t.key(), t.measure(), t.amount());
                default -> {
                }
            }
        }
        return new TrainingFigures(trainingTally(null, total.row("")),
                trainingTallies(byRegion, directory.regionOrder()),
                trainingTallies(byMode, Comparator.comparing(TrainingMode::valueOf)),
                trainingTallies(byUnit, directory.unitOrder()));
    }

    private static List<TrainingTally> trainingTallies(Rows rows, Comparator<String> order) {
        return rows.rows.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> trainingTally(e.getKey(), e.getValue()))
                .filter(t -> t.programmes() > 0)
                .toList();
    }

    private static TrainingTally trainingTally(String code, Map<String, BigDecimal> row) {
        return new TrainingTally(code, (int) Rows.count(row, PROGRAMMES), Rows.amount(row, COMMISSION),
                Rows.amount(row, PARTNER), Rows.amount(row, SPENT), Rows.count(row, PLANNED_TRAINEES),
                Rows.count(row, IN_TRAINING), Rows.count(row, TRAINED), Rows.count(row, COMPLETED),
                Rows.count(row, CERTIFICATES), Rows.count(row, OVER_BUDGET));
    }

    // --- enrolment --------------------------------------------------------------------------------------------------

    private EnrolmentFigures enrolmentFigures(int year, List<Tally> tallies, Predicate<String> inRegion) {
        var ofProgramme = new Rows();
        var students = new Rows();
        var subsidies = new Rows();
        for (var t : tallies) {
            switch (t.table()) {
                case STUDENTS_BY_PROGRAMME -> ofProgramme.add(t.key(), t.measure(), t.amount());
                case STUDENTS -> {
                    if (counts(t.scope(), inRegion)) {
                        students.add(directory.partnerOf(t.scope()), t.measure(), t.amount());
                    }
                }
                case SUBSIDIES -> {
                    if (counts(t.scope(), inRegion)) {
                        subsidies.add(directory.partnerOf(t.scope()), t.measure(), t.amount());
                    }
                }
                default -> {
                }
            }
        }

        var programmes = store.enrolmentProgrammes(year).stream()
                .filter(p -> inRegion.test(p.region() == null ? null : p.region().value()))
                .sorted(Comparator.comparing(EnrolmentProgrammeState::kind).thenComparing(p -> p.region() == null
                        ? "" : p.region().value(), directory.regionOrder()))
                .toList();
        long quota = 0;
        var funding = BigDecimal.ZERO;
        var byProgramme = new ArrayList<ProgrammeTally>();
        for (var programme : programmes) {
            var byStage = byStage(ofProgramme.row(programme.programme().value().toString()));
            quota += programme.quota();
            funding = funding.add(programme.funding());
            byProgramme.add(new ProgrammeTally(programme.programme(), programme.kind(),
                    programme.region() == null ? null : programme.region().value(), programme.quota(),
                    programme.funding(), byStage, filled(byStage)));
        }

        var allStages = noStudents();
        var byRegion = new ArrayList<StageTally>();
        for (var e : students.rows.entrySet().stream().sorted(Map.Entry.comparingByKey(directory.regionOrder()))
                .toList()) {
            var byStage = byStage(e.getValue());
            byStage.forEach((stage, n) -> allStages.merge(stage, n, Long::sum));
            byRegion.add(stageTally(e.getKey(), byStage));
        }

        long grants = 0;
        var amount = BigDecimal.ZERO;
        var granted = new ArrayList<SubsidyTally>();
        for (var e : subsidies.rows.entrySet().stream().sorted(Map.Entry.comparingByKey(directory.regionOrder()))
                .toList()) {
            var tally = new SubsidyTally(e.getKey(), Rows.count(e.getValue(), GRANTS),
                    Rows.amount(e.getValue(), AMOUNT));
            grants += tally.grants();
            amount = amount.add(tally.amount());
            granted.add(tally);
        }

        return new EnrolmentFigures(quota, funding, stageTally(null, allStages), byProgramme, byRegion,
                new SubsidyTally(null, grants, amount), granted);
    }

    private static Map<StudentStage, Long> byStage(Map<String, BigDecimal> row) {
        var counts = noStudents();
        for (var stage : StudentStage.values()) {
            counts.put(stage, Rows.count(row, stage.name()));
        }
        return counts;
    }

    private static Map<StudentStage, Long> noStudents() {
        var counts = new EnumMap<StudentStage, Long>(StudentStage.class);
        for (var stage : StudentStage.values()) {
            counts.put(stage, 0L);
        }
        return counts;
    }

    private static long filled(Map<StudentStage, Long> byStage) {
        return byStage.entrySet().stream().filter(e -> e.getKey().holdsSeat()).mapToLong(Map.Entry::getValue).sum();
    }

    private static StageTally stageTally(String code, Map<StudentStage, Long> byStage) {
        return new StageTally(code, byStage, byStage.values().stream().mapToLong(Long::longValue).sum(),
                filled(byStage));
    }

    // --- information reports ----------------------------------------------------------------------------------------

    private ReportFigures reportFigures(int year, boolean everyRegion, Predicate<String> inRegion,
            CompletenessReport completeness) {
        var regions = everyRegion ? Map.<ReportSubject, List<String>>of() : regionsOf(year, completeness);
        // The offices first, then the units, each in the directory's order.
        Comparator<Reporter> order = Comparator.comparing(r -> r.type() == ReporterType.OFFICE ? 0 : 1);
        var byReporter = new TreeMap<Reporter, ReporterTally>(order.thenComparing((a, b) -> a.type()
                == ReporterType.OFFICE ? directory.officeOrder().compare(a.code(), b.code())
                        : directory.unitOrder().compare(a.code(), b.code())));
        var byKind = new EnumMap<ReportKind, KindTally>(ReportKind.class);
        var total = CompletenessCounts.NONE;
        int duties = 0;
        for (var reporter : completeness.reporters()) {
            for (var duty : reporter.duties()) {
                if (!everyRegion && regions.getOrDefault(duty.subject(), List.of()).stream().noneMatch(inRegion)) {
                    continue;
                }
                duties++;
                total = total.plus(duty.counts());
                byReporter.merge(reporter.reporter(), new ReporterTally(reporter.reporter(), 1, duty.counts()),
                        (a, b) -> new ReporterTally(a.reporter(), a.duties() + 1, a.counts().plus(b.counts())));
                byKind.merge(duty.kind(), new KindTally(duty.kind(), 1, duty.counts()),
                        (a, b) -> new KindTally(a.kind(), a.duties() + 1, a.counts().plus(b.counts())));
            }
        }
        return new ReportFigures(completeness.asOf(), duties, total, List.copyOf(byReporter.values()),
                List.copyOf(byKind.values()));
    }

    /**
     * The regions of the tasks and programmes the duties concern, as the statistics know them: a task of this year's
     * plan, a training or enrolment programme planned in any year. Work not known has no region.
     */
    private Map<ReportSubject, List<String>> regionsOf(int year, CompletenessReport completeness) {
        var subjects = new HashSet<ReportSubject>();
        completeness.reporters().forEach(r -> r.duties().forEach(d -> subjects.add(d.subject())));
        var regions = new HashMap<ReportSubject, List<String>>();
        var numbers = subjects.stream().filter(s -> s.type() == ReportSubjectType.TASK
                && s.taskYear() == year).map(ReportSubject::taskNumber).collect(Collectors.toSet());
        store.tasksOf(year, numbers).forEach(t -> regions.put(ReportSubject.task(year, t.number()),
                t.regions().stream().map(RegionCode::value).toList()));
        var programmes = subjects.stream()
                .filter(s -> s.type() == ReportSubjectType.TRAINING_PROGRAMME)
                .map(s -> new ProgrammeId(s.programme())).collect(Collectors.toSet());
        store.programmes(programmes).stream().filter(p -> p.region() != null)
                .forEach(p -> regions.put(ReportSubject.trainingProgramme(p.programme().value()),
                        List.of(p.region().value())));
        var enrolment = subjects.stream()
                .filter(s -> s.type() == ReportSubjectType.ENROLMENT_PROGRAMME)
                .map(s -> new EnrolmentProgrammeId(s.programme())).collect(Collectors.toSet());
        store.enrolmentProgrammes(enrolment).stream().filter(p -> p.region() != null)
                .forEach(p -> regions.put(ReportSubject.enrolmentProgramme(p.programme().value()),
                        List.of(p.region().value())));
        return regions;
    }
}
