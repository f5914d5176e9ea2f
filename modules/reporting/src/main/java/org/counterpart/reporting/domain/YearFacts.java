package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

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
import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingMode;

/**
 * The facts the statistics hold of one year, each kind in the order received, and the figures they add up to.
 *
 * <p>Facts may arrive in any order and a fact may be stated twice (an event and a baseline of the same task): tasks,
 * milestones, programmes and cohorts are taken once by their id; a task's status is its latest by the moment it
 * changed; a programme's figures are its latest change, else what it was planned with. Spending, students and
 * subsidies are sums.
 *
 * @param cohorts the cohort facts of this year's training programmes
 * @param spending the spending facts of this year's training programmes
 */
public record YearFacts(int year, List<TaskFact> tasks, List<TaskStatusFact> statuses,
        List<MilestoneFact> milestones, List<TrainingFact> training, List<CohortFact> cohorts,
        List<SpendingFact> spending, List<EnrolmentFact> enrolment, List<StudentsFact> students,
        List<SubsidyFact> subsidies) {

    public YearFacts {
        tasks = List.copyOf(tasks);
        statuses = List.copyOf(statuses);
        milestones = List.copyOf(milestones);
        training = List.copyOf(training);
        cohorts = List.copyOf(cohorts);
        spending = List.copyOf(spending);
        enrolment = List.copyOf(enrolment);
        students = List.copyOf(students);
        subsidies = List.copyOf(subsidies);
    }

    /** A year of which nothing is known. */
    public static YearFacts none(int year) {
        return new YearFacts(year, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** The facts of a year sorted into their kinds, in the order given. */
    public static YearFacts of(int year, List<? extends StatisticsFact> facts) {
        var tasks = new ArrayList<TaskFact>();
        var statuses = new ArrayList<TaskStatusFact>();
        var milestones = new ArrayList<MilestoneFact>();
        var training = new ArrayList<TrainingFact>();
        var cohorts = new ArrayList<CohortFact>();
        var spending = new ArrayList<SpendingFact>();
        var enrolment = new ArrayList<EnrolmentFact>();
        var students = new ArrayList<StudentsFact>();
        var subsidies = new ArrayList<SubsidyFact>();
        for (var fact : facts) {
            if (fact instanceof TaskFact f && f.year() == year) {
                tasks.add(f);
            } else if (fact instanceof TaskStatusFact f && f.year() == year) {
                statuses.add(f);
            } else if (fact instanceof MilestoneFact f && f.year() == year) {
                milestones.add(f);
            } else if (fact instanceof TrainingFact f && f.year() == year) {
                training.add(f);
            } else if (fact instanceof CohortFact f) {
                cohorts.add(f);
            } else if (fact instanceof SpendingFact f) {
                spending.add(f);
            } else if (fact instanceof EnrolmentFact f && f.year() == year) {
                enrolment.add(f);
            } else if (fact instanceof StudentsFact f && f.year() == year) {
                students.add(f);
            } else if (fact instanceof SubsidyFact f && f.year() == year) {
                subsidies.add(f);
            }
        }
        return new YearFacts(year, tasks, statuses, milestones, training, cohorts, spending, enrolment, students,
                subsidies);
    }

    /**
     * The year's figures, of every region or of one.
     *
     * @param region a partner region or place: only what concerns it (or the places inside it) counts; {@code null}
     *        for all
     * @param completeness the year's information reports by duty, as of a day: in a region, the duties on a task or
     *        programme these facts place in it count
     */
    public YearStatistics statistics(StatisticsDirectory directory, RegionCode region,
            CompletenessReport completeness) {
        Predicate<String> inRegion = code -> region == null
                || code != null && directory.within(code, region.value());
        return new YearStatistics(year, region, taskFigures(directory, region == null, inRegion),
                trainingFigures(directory, inRegion), enrolmentFigures(directory, inRegion),
                reportFigures(directory, region == null, inRegion, completeness));
    }

    // --- tasks ------------------------------------------------------------------------------------------------------

    private TaskFigures taskFigures(StatisticsDirectory directory, boolean everyRegion, Predicate<String> inRegion) {
        var known = new LinkedHashMap<TaskId, TaskFact>();
        tasks.forEach(task -> known.putIfAbsent(task.task(), task));
        var latest = new LinkedHashMap<TaskId, TaskStatusFact>();
        for (var status : statuses) {
            latest.merge(status.task(), status, (was, now) -> now.at().isBefore(was.at()) ? was : now);
        }
        var counted = known.values().stream().filter(task -> everyRegion
                || task.regions().stream().anyMatch(r -> inRegion.test(r.value()))).toList();

        var byStatus = noTasks();
        var byRegion = new TreeMap<String, Map<TaskStatus, Long>>(directory.regionOrder());
        var byOffice = new TreeMap<String, Map<TaskStatus, Long>>(directory.officeOrder());
        for (var task : counted) {
            var status = latest.containsKey(task.task()) ? latest.get(task.task()).status() : TaskStatus.PLANNED;
            byStatus.merge(status, 1L, Long::sum);
            task.regions().stream().map(RegionCode::value).filter(inRegion).map(directory::partnerOf).distinct()
                    .forEach(partner -> byRegion.computeIfAbsent(partner, k -> noTasks()).merge(status, 1L,
                            Long::sum));
            if (task.leadOffice() != null) {
                byOffice.computeIfAbsent(task.leadOffice().value(), k -> noTasks()).merge(status, 1L, Long::sum);
            }
        }

        var countedIds = new LinkedHashSet<TaskId>();
        counted.forEach(task -> countedIds.add(task.task()));
        var flagged = new LinkedHashMap<java.util.UUID, MilestoneFact>();
        var reached = new LinkedHashMap<java.util.UUID, java.time.LocalDate>();
        for (var milestone : milestones) {
            if (!countedIds.contains(milestone.task())) {
                continue;
            }
            if (milestone.overdue()) {
                flagged.putIfAbsent(milestone.milestone(), milestone);
            }
            if (milestone.reachedOn() != null) {
                reached.put(milestone.milestone(), milestone.reachedOn());
            }
        }
        var overdue = flagged.values().stream()
                .map(m -> {
                    var task = known.get(m.task());
                    return new OverdueMilestone(m.number(), task.leadOffice() == null ? null
                            : task.leadOffice().value(), task.regions().stream().map(RegionCode::value).toList(),
                            m.due(), reached.get(m.milestone()));
                })
                .sorted(Comparator.comparingInt(OverdueMilestone::task).thenComparing(OverdueMilestone::due))
                .toList();
        long stillOverdue = overdue.stream().filter(m -> m.reachedOn() == null).count();

        return new TaskFigures(counted.size(), byStatus, tallies(byRegion), tallies(byOffice), stillOverdue,
                overdue.size() - stillOverdue, overdue);
    }

    private static Map<TaskStatus, Long> noTasks() {
        var counts = new EnumMap<TaskStatus, Long>(TaskStatus.class);
        for (var status : TaskStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    private static List<TaskTally> tallies(Map<String, Map<TaskStatus, Long>> counts) {
        return counts.entrySet().stream().map(e -> new TaskTally(e.getKey(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue())).toList();
    }

    // --- training ---------------------------------------------------------------------------------------------------

    /** A programme as its facts say: where, how and by whom (as planned), its latest figures. */
    private record Programme(ProgrammeId id, String region, TrainingMode mode, String unit, TrainingFact figures) {
    }

    /** What a programme's cohorts and spending add up to. */
    private static final class Running {
        long inTraining;
        long trained;
        long completed;
        long certificates;
        long overBudget;
        BigDecimal spent = BigDecimal.ZERO;
    }

    private TrainingFigures trainingFigures(StatisticsDirectory directory, Predicate<String> inRegion) {
        var planned = new LinkedHashMap<ProgrammeId, TrainingFact>();
        var changed = new LinkedHashMap<ProgrammeId, TrainingFact>();
        for (var fact : training) {
            if (fact.planned()) {
                planned.putIfAbsent(fact.programme(), fact);
            } else {
                changed.put(fact.programme(), fact);
            }
        }
        var programmes = planned.values().stream()
                .filter(p -> inRegion.test(p.region() == null ? null : p.region().value()))
                .map(p -> new Programme(p.programme(), p.region() == null ? null : p.region().value(), p.mode(),
                        p.unit() == null ? null : p.unit().value(), changed.getOrDefault(p.programme(), p)))
                .toList();

        var running = new LinkedHashMap<ProgrammeId, Running>();
        programmes.forEach(p -> running.put(p.id(), new Running()));
        var started = new LinkedHashMap<CohortId, CohortFact>();
        var finished = new LinkedHashMap<CohortId, CohortFact>();
        for (var cohort : cohorts) {
            var run = running.get(cohort.programme());
            if (run == null) {
                continue;
            }
            switch (cohort.happening()) {
                case STARTED -> started.put(cohort.cohort(), cohort);
                case COMPLETED -> finished.put(cohort.cohort(), cohort);
                case CERTIFICATE -> run.certificates++;
            }
        }
        started.forEach((id, cohort) -> {
            if (!finished.containsKey(id)) {
                running.get(cohort.programme()).inTraining += cohort.trainees();
            }
        });
        finished.values().forEach(cohort -> {
            var run = running.get(cohort.programme());
            run.trained += cohort.trainees();
            run.completed += cohort.completed();
        });
        for (var entry : spending) {
            var run = running.get(entry.programme());
            if (run != null) {
                run.spent = run.spent.add(entry.amount());
                run.overBudget += entry.overBudget() ? 1 : 0;
            }
        }

        return new TrainingFigures(trainingTally(null, programmes, running),
                trainingTallies(programmes, running, p -> p.region() == null ? null : directory.partnerOf(p.region()),
                        directory.regionOrder()),
                trainingTallies(programmes, running, p -> p.mode() == null ? null : p.mode().name(),
                        Comparator.comparing(TrainingMode::valueOf)),
                trainingTallies(programmes, running, Programme::unit, directory.unitOrder()));
    }

    private static List<TrainingTally> trainingTallies(List<Programme> programmes, Map<ProgrammeId, Running> running,
            Function<Programme, String> key, Comparator<String> order) {
        var groups = new TreeMap<String, List<Programme>>(order);
        for (var programme : programmes) {
            var code = key.apply(programme);
            if (code != null) {
                groups.computeIfAbsent(code, k -> new ArrayList<>()).add(programme);
            }
        }
        return groups.entrySet().stream().map(e -> trainingTally(e.getKey(), e.getValue(), running)).toList();
    }

    private static TrainingTally trainingTally(String code, List<Programme> programmes,
            Map<ProgrammeId, Running> running) {
        var commission = BigDecimal.ZERO;
        var partner = BigDecimal.ZERO;
        var spent = BigDecimal.ZERO;
        long trainees = 0;
        long inTraining = 0;
        long trained = 0;
        long completed = 0;
        long certificates = 0;
        long overBudget = 0;
        for (var programme : programmes) {
            var figures = programme.figures();
            var run = running.get(programme.id());
            commission = commission.add(figures.commissionFunding());
            partner = partner.add(figures.partnerFunding());
            trainees += figures.plannedTrainees();
            spent = spent.add(run.spent);
            inTraining += run.inTraining;
            trained += run.trained;
            completed += run.completed;
            certificates += run.certificates;
            overBudget += run.overBudget;
        }
        return new TrainingTally(code, programmes.size(), commission, partner, spent, trainees, inTraining, trained,
                completed, certificates, overBudget);
    }

    // --- enrolment --------------------------------------------------------------------------------------------------

    private EnrolmentFigures enrolmentFigures(StatisticsDirectory directory, Predicate<String> inRegion) {
        var planned = new LinkedHashMap<EnrolmentProgrammeId, EnrolmentFact>();
        var revised = new LinkedHashMap<EnrolmentProgrammeId, EnrolmentFact>();
        for (var fact : enrolment) {
            if (fact.planned()) {
                planned.putIfAbsent(fact.programme(), fact);
            } else {
                revised.put(fact.programme(), fact);
            }
        }

        var ofProgramme = new LinkedHashMap<EnrolmentProgrammeId, Map<StudentStage, Long>>();
        var ofRegion = new TreeMap<String, Map<StudentStage, Long>>(directory.regionOrder());
        var all = noStudents();
        for (var fact : students) {
            ofProgramme.computeIfAbsent(fact.programme(), k -> noStudents()).merge(fact.stage(),
                    (long) fact.students(), Long::sum);
            if (inRegion.test(fact.region().value())) {
                all.merge(fact.stage(), (long) fact.students(), Long::sum);
                ofRegion.computeIfAbsent(directory.partnerOf(fact.region().value()), k -> noStudents())
                        .merge(fact.stage(), (long) fact.students(), Long::sum);
            }
        }

        long quota = 0;
        var funding = BigDecimal.ZERO;
        var byProgramme = new ArrayList<ProgrammeTally>();
        var programmes = planned.values().stream()
                .filter(p -> inRegion.test(p.region() == null ? null : p.region().value()))
                .sorted(Comparator.comparing(EnrolmentFact::kind).thenComparing(p -> p.region() == null ? ""
                        : p.region().value(), directory.regionOrder()))
                .toList();
        for (var programme : programmes) {
            var figures = revised.getOrDefault(programme.programme(), programme);
            var byStage = ofProgramme.getOrDefault(programme.programme(), noStudents());
            quota += figures.quota();
            funding = funding.add(figures.funding());
            byProgramme.add(new ProgrammeTally(programme.programme(), programme.kind(),
                    programme.region() == null ? null : programme.region().value(), figures.quota(),
                    figures.funding(), byStage, filled(byStage)));
        }

        var granted = new TreeMap<String, SubsidyTally>(directory.regionOrder());
        long grants = 0;
        var amount = BigDecimal.ZERO;
        for (var subsidy : subsidies) {
            if (!inRegion.test(subsidy.region().value())) {
                continue;
            }
            grants += subsidy.grants();
            amount = amount.add(subsidy.amount());
            granted.merge(directory.partnerOf(subsidy.region().value()),
                    new SubsidyTally(null, subsidy.grants(), subsidy.amount()),
                    (a, b) -> new SubsidyTally(null, a.grants() + b.grants(), a.amount().add(b.amount())));
        }

        return new EnrolmentFigures(quota, funding, stageTally(null, all), byProgramme,
                ofRegion.entrySet().stream().map(e -> stageTally(e.getKey(), e.getValue())).toList(),
                new SubsidyTally(null, grants, amount),
                granted.entrySet().stream()
                        .map(e -> new SubsidyTally(e.getKey(), e.getValue().grants(), e.getValue().amount()))
                        .toList());
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

    // --- information reports ----------------------------------------------------------------------------------------

    private ReportFigures reportFigures(StatisticsDirectory directory, boolean everyRegion, Predicate<String> inRegion,
            CompletenessReport completeness) {
        // The offices first, then the units, each in the directory's order.
        Comparator<Reporter> order = Comparator.comparing(r -> r.type() == ReporterType.OFFICE ? 0 : 1);
        var byReporter = new TreeMap<Reporter, ReporterTally>(order.thenComparing((a, b) -> a.type() == ReporterType.OFFICE
                ? directory.officeOrder().compare(a.code(), b.code())
                : directory.unitOrder().compare(a.code(), b.code())));
        var byKind = new EnumMap<ReportKind, KindTally>(ReportKind.class);
        var total = CompletenessCounts.NONE;
        int duties = 0;
        for (var reporter : completeness.reporters()) {
            for (var duty : reporter.duties()) {
                if (!everyRegion && regionsOf(duty.subject()).stream().noneMatch(inRegion)) {
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

    /** The regions the task or programme a duty concerns serves, as this year's facts say; none if they do not. */
    private List<String> regionsOf(ReportSubject subject) {
        return switch (subject.type()) {
            case TASK -> subject.taskYear() != year ? List.of()
                    : tasks.stream().filter(t -> t.number() == subject.taskNumber())
                            .flatMap(t -> t.regions().stream().map(RegionCode::value)).distinct().toList();
            case TRAINING_PROGRAMME -> training.stream()
                    .filter(t -> t.planned() && t.programme().value().equals(subject.programme())
                            && t.region() != null)
                    .map(t -> t.region().value()).distinct().toList();
            case ENROLMENT_PROGRAMME -> enrolment.stream()
                    .filter(e -> e.planned() && e.programme().value().equals(subject.programme())
                            && e.region() != null)
                    .map(e -> e.region().value()).distinct().toList();
        };
    }

    private static StageTally stageTally(String code, Map<StudentStage, Long> byStage) {
        return new StageTally(code, byStage, byStage.values().stream().mapToLong(Long::longValue).sum(),
                filled(byStage));
    }
}
