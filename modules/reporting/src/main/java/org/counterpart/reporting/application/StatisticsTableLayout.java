package org.counterpart.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.CompletenessCounts;
import org.counterpart.reporting.EnrolmentFigures.ProgrammeTally;
import org.counterpart.reporting.EnrolmentFigures.StageTally;
import org.counterpart.reporting.EnrolmentFigures.SubsidyTally;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.Chart;
import org.counterpart.reporting.StatisticsTable.ChartType;
import org.counterpart.reporting.StatisticsTable.Column;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.reporting.TaskFigures.TaskTally;
import org.counterpart.reporting.TrainingFigures.TrainingTally;
import org.counterpart.reporting.YearStatistics;
import org.counterpart.training.TrainingMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays the year's figures out as the tables people read, in their language: the column titles and the names of
 * regions, offices, units, modes, statuses and stages. One layout for the dashboard and every export, so they agree.
 *
 * <p>The tables in order (their keys name them in addresses): tasks by status, by region and by lead office, overdue
 * milestones; training by region, mode and unit; enrolment by programme, students and subsidies by region; the
 * information reports by completeness, per unit or office and per kind of report.
 */
@Component
class StatisticsTableLayout {

    static final List<String> KEYS = List.of("tasks-by-status", "tasks-by-region", "tasks-by-office",
            "overdue-milestones", "training-by-region", "training-by-mode", "training-by-unit",
            "enrolment-by-programme", "students-by-region", "subsidies-by-region", "reports-by-completeness",
            "reports-by-kind");

    /** The stages a student holding a seat may have left school in with a known outcome. */
    static final List<StudentStage> OUTCOMES = List.of(StudentStage.EMPLOYED_IN_SHANGHAI,
            StudentStage.EMPLOYED_IN_PARTNER_REGION, StudentStage.RETURNED_HOME, StudentStage.FURTHER_STUDY);

    /** On time, late and missing in the colours people read them in: green, amber, red. */
    static final List<String> ON_TIME_LATE_MISSING = List.of("#3a9a5b", "#e0a526", "#d0453a");

    private final MessageSource messages;
    private final ObjectProvider<Directory> directory;

    StatisticsTableLayout(MessageSource messages, ObjectProvider<Directory> directory) {
        this.messages = messages;
        this.directory = directory;
    }

    StatisticsTables tables(YearStatistics statistics, Instant asOf, Locale locale) {
        var texts = new Texts(locale);
        var regionName = statistics.region() == null ? null : texts.region(statistics.region().value());
        var title = regionName == null ? texts.get("reporting.stats.title", statistics.year())
                : texts.get("reporting.stats.title.region", statistics.year(), regionName);
        var tables = new ArrayList<StatisticsTable>();
        var tasks = statistics.tasks();
        var statuses = Arrays.asList(TaskStatus.values());

        tables.add(table(texts, "tasks-by-status", List.of(text(texts, "status"), count(texts, "tasks")),
                statuses.stream().map(s -> List.<Object>of(texts.get("reporting.stats.status." + s),
                        tasks.byStatus().get(s))).toList(),
                List.of(texts.get("reporting.stats.total"), tasks.total()),
                new Chart(ChartType.PIE, List.of(1), texts.get("reporting.stats.unit.tasks"), List.of(), null),
                null));
        tables.add(table(texts, "tasks-by-region", taskColumns(texts, "region"),
                tasks.byRegion().stream().map(t -> taskRow(texts.region(t.code()), t)).toList(), null,
                taskChart(texts), texts.get("reporting.stats.note.tasks-by-region")));
        tables.add(table(texts, "tasks-by-office", taskColumns(texts, "office"),
                tasks.byLeadOffice().stream().map(t -> taskRow(texts.office(t.code()), t)).toList(),
                taskTotals(texts, tasks.byLeadOffice()), taskChart(texts), null));
        tables.add(table(texts, "overdue-milestones", List.of(count(texts, "task-number"), text(texts, "office"),
                text(texts, "regions"), text(texts, "due"), text(texts, "reached")),
                tasks.overdue().stream().map(m -> List.<Object>of((long) m.task(), texts.office(m.leadOffice()),
                        m.regions().stream().map(texts::region).collect(Collectors.joining("、")),
                        m.due().toString(), m.reachedOn() == null ? texts.get("reporting.stats.not-reached")
                                : m.reachedOn().toString())).toList(),
                null, null, texts.get("reporting.stats.note.overdue-milestones", tasks.overdueMilestones(),
                        tasks.reachedLate())));

        var training = statistics.training();
        tables.add(trainingTable(texts, "training-by-region", "region",
                training.byRegion().stream().map(t -> trainingRow(texts.region(t.code()), t)).toList(),
                training.total()));
        tables.add(trainingTable(texts, "training-by-mode", "mode",
                training.byMode().stream().map(t -> trainingRow(texts.mode(t.code()), t)).toList(),
                training.total()));
        tables.add(trainingTable(texts, "training-by-unit", "unit",
                training.byUnit().stream().map(t -> trainingRow(texts.unit(t.code()), t)).toList(),
                training.total()));

        var enrolment = statistics.enrolment();
        var programmeColumns = new ArrayList<Column>(List.of(text(texts, "programme"), text(texts, "source-region"),
                count(texts, "quota"), count(texts, "filled"), new Column(texts.get("reporting.stats.col.fill-rate"),
                        Kind.PERCENT)));
        Stream.of(StudentStage.AWAITING_APPROVAL, StudentStage.ADMITTED, StudentStage.ENROLLED,
                StudentStage.GRADUATED).forEach(s -> programmeColumns.add(stageColumn(texts, s)));
        programmeColumns.add(count(texts, "outcomes"));
        programmeColumns.add(stageColumn(texts, StudentStage.WITHDRAWN));
        programmeColumns.add(amount(texts, "funding"));
        tables.add(table(texts, "enrolment-by-programme", programmeColumns,
                enrolment.byProgramme().stream().map(p -> programmeRow(texts, p)).toList(),
                programmeTotals(texts, enrolment.quota(), enrolment.funding(), enrolment.byProgramme()),
                new Chart(ChartType.BAR, List.of(2, 3), texts.get("reporting.stats.unit.persons"), List.of(), null),
                texts.get("reporting.stats.note.enrolment-by-programme")));

        var stageColumns = new ArrayList<Column>(List.of(text(texts, "source-region")));
        Arrays.stream(StudentStage.values()).forEach(s -> stageColumns.add(stageColumn(texts, s)));
        stageColumns.add(count(texts, "students"));
        tables.add(table(texts, "students-by-region", stageColumns,
                enrolment.byRegion().stream().map(s -> stageRow(texts.region(s.code()), s)).toList(),
                stageRow(texts.get("reporting.stats.total"), enrolment.students()),
                new Chart(ChartType.STACKED_BAR, rangeOf(1, StudentStage.values().length),
                        texts.get("reporting.stats.unit.persons"), List.of(), null),
                null));
        tables.add(table(texts, "subsidies-by-region", List.of(text(texts, "source-region"), count(texts, "grants"),
                amount(texts, "amount")),
                enrolment.subsidiesByRegion().stream().map(s -> subsidyRow(texts.region(s.code()), s)).toList(),
                subsidyRow(texts.get("reporting.stats.total"), enrolment.subsidies()),
                new Chart(ChartType.BAR, List.of(2), texts.get("reporting.stats.unit.yuan"), List.of(1),
                        texts.get("reporting.stats.unit.grants")),
                null));

        var reports = statistics.reports();
        var asOfDay = reports.asOf() == null ? "" : reports.asOf().toString();
        tables.add(completenessTable(texts, "reports-by-completeness", "reporter",
                reports.byReporter().stream().map(r -> completenessRow(texts.reporter(r.reporter()), r.duties(),
                        r.counts())).toList(),
                completenessRow(texts.get("reporting.stats.total"), reports.duties(), reports.total()),
                texts.get("reporting.stats.note.reports-by-completeness", asOfDay)));
        tables.add(completenessTable(texts, "reports-by-kind", "report-kind",
                reports.byKind().stream().map(k -> completenessRow(texts.get("reporting.report.kind." + k.kind()),
                        k.duties(), k.counts())).toList(),
                completenessRow(texts.get("reporting.stats.total"), reports.duties(), reports.total()), null));
        return new StatisticsTables(statistics.year(), title, regionName, asOf, texts.locale, statistics, tables);
    }

    // --- tasks ------------------------------------------------------------------------------------------------------

    private static List<Column> taskColumns(Texts texts, String first) {
        var columns = new ArrayList<Column>(List.of(text(texts, first), count(texts, "tasks")));
        Arrays.stream(TaskStatus.values()).forEach(s -> columns.add(new Column(
                texts.get("reporting.stats.status." + s), Kind.COUNT)));
        return columns;
    }

    private static List<Object> taskRow(String name, TaskTally tally) {
        var row = new ArrayList<Object>(List.of(name, tally.tasks()));
        Arrays.stream(TaskStatus.values()).forEach(s -> row.add(tally.byStatus().get(s)));
        return row;
    }

    private static List<Object> taskTotals(Texts texts, List<TaskTally> tallies) {
        var row = new ArrayList<Object>(List.of(texts.get("reporting.stats.total"),
                tallies.stream().mapToLong(TaskTally::tasks).sum()));
        Arrays.stream(TaskStatus.values()).forEach(s -> row.add(tallies.stream()
                .mapToLong(t -> t.byStatus().get(s)).sum()));
        return row;
    }

    private static Chart taskChart(Texts texts) {
        return new Chart(ChartType.STACKED_BAR, rangeOf(2, TaskStatus.values().length),
                texts.get("reporting.stats.unit.tasks"), List.of(), null);
    }

    // --- training ---------------------------------------------------------------------------------------------------

    private static StatisticsTable trainingTable(Texts texts, String key, String first, List<List<Object>> rows,
            TrainingTally total) {
        var columns = List.of(text(texts, first), count(texts, "programmes"), amount(texts, "commission"),
                amount(texts, "partner"), amount(texts, "spent"), count(texts, "planned-trainees"),
                count(texts, "in-training"), count(texts, "trained"), count(texts, "completed"));
        return table(texts, key, columns, rows, trainingRow(texts.get("reporting.stats.total"), total),
                new Chart(ChartType.BAR, List.of(2, 3, 4), texts.get("reporting.stats.unit.wan"), List.of(5, 7),
                        texts.get("reporting.stats.unit.persons")),
                null);
    }

    private static List<Object> trainingRow(String name, TrainingTally tally) {
        return List.of(name, (long) tally.programmes(), plain(tally.commissionFunding()),
                plain(tally.partnerFunding()), plain(tally.spent()), tally.plannedTrainees(), tally.inTraining(),
                tally.trained(), tally.completed());
    }

    // --- enrolment --------------------------------------------------------------------------------------------------

    private static List<Object> programmeRow(Texts texts, ProgrammeTally p) {
        var row = new ArrayList<Object>();
        row.add(p.kind().name(texts.locale));
        row.add(texts.region(p.region()));
        row.add((long) p.quota());
        row.add(p.filled());
        row.add(rate(p.filled(), p.quota()));
        Stream.of(StudentStage.AWAITING_APPROVAL, StudentStage.ADMITTED, StudentStage.ENROLLED,
                StudentStage.GRADUATED).forEach(s -> row.add(p.byStage().get(s)));
        row.add(OUTCOMES.stream().mapToLong(s -> p.byStage().get(s)).sum());
        row.add(p.byStage().get(StudentStage.WITHDRAWN));
        row.add(plain(p.funding()));
        return row;
    }

    private static List<Object> programmeTotals(Texts texts, long quota, BigDecimal funding,
            List<ProgrammeTally> programmes) {
        long filled = programmes.stream().mapToLong(ProgrammeTally::filled).sum();
        var row = new ArrayList<Object>();
        row.add(texts.get("reporting.stats.total"));
        row.add(null);
        row.add(quota);
        row.add(filled);
        row.add(rate(filled, quota));
        Stream.of(StudentStage.AWAITING_APPROVAL, StudentStage.ADMITTED, StudentStage.ENROLLED,
                StudentStage.GRADUATED).forEach(s -> row.add(programmes.stream()
                        .mapToLong(p -> p.byStage().get(s)).sum()));
        row.add(programmes.stream().mapToLong(p -> OUTCOMES.stream().mapToLong(s -> p.byStage().get(s)).sum()).sum());
        row.add(programmes.stream().mapToLong(p -> p.byStage().get(StudentStage.WITHDRAWN)).sum());
        row.add(plain(funding));
        return row;
    }

    private static List<Object> stageRow(String name, StageTally tally) {
        var row = new ArrayList<Object>(List.of(name));
        Arrays.stream(StudentStage.values()).forEach(s -> row.add(tally.byStage().get(s)));
        row.add(tally.students());
        return row;
    }

    private static List<Object> subsidyRow(String name, SubsidyTally tally) {
        return List.of(name, tally.grants(), plain(tally.amount()));
    }

    // --- information reports ----------------------------------------------------------------------------------------

    private static StatisticsTable completenessTable(Texts texts, String key, String first, List<List<Object>> rows,
            List<Object> totals, String note) {
        var columns = List.of(text(texts, first), count(texts, "duties"), count(texts, "expected"),
                count(texts, "reported"), count(texts, "on-time"), count(texts, "late"), count(texts, "missing"),
                count(texts, "accepted"), new Column(texts.get("reporting.stats.col.completeness"), Kind.PERCENT),
                new Column(texts.get("reporting.stats.col.timeliness"), Kind.PERCENT));
        return table(texts, key, columns, rows, totals, new Chart(ChartType.STACKED_BAR, List.of(4, 5, 6),
                texts.get("reporting.stats.unit.periods"), List.of(), null, ON_TIME_LATE_MISSING), note);
    }

    private static List<Object> completenessRow(String name, int duties, CompletenessCounts counts) {
        var row = new ArrayList<Object>();
        row.add(name);
        row.add((long) duties);
        row.add((long) counts.expected());
        row.add((long) counts.reported());
        row.add((long) counts.onTime());
        row.add((long) counts.late());
        row.add((long) counts.missing());
        row.add((long) counts.accepted());
        row.add(counts.completeness());
        row.add(counts.timeliness());
        return row;
    }

    /** Seats filled out of the quota, in per cent with one decimal; none without a quota. */
    static BigDecimal rate(long filled, long quota) {
        return quota == 0 ? null
                : BigDecimal.valueOf(filled).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(quota), 1, RoundingMode.HALF_UP);
    }

    /** An amount without trailing zeros (435.40 is 435.4), still exact. */
    static BigDecimal plain(BigDecimal amount) {
        return amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    }

    // --- building blocks --------------------------------------------------------------------------------------------

    private static StatisticsTable table(Texts texts, String key, List<Column> columns, List<List<Object>> rows,
            List<Object> totals, Chart chart, String note) {
        return new StatisticsTable(key, texts.get("reporting.stats.table." + key), columns, rows, totals, chart,
                note);
    }

    private static Column text(Texts texts, String key) {
        return new Column(texts.get("reporting.stats.col." + key), Kind.TEXT);
    }

    private static Column count(Texts texts, String key) {
        return new Column(texts.get("reporting.stats.col." + key), Kind.COUNT);
    }

    private static Column amount(Texts texts, String key) {
        return new Column(texts.get("reporting.stats.col." + key), Kind.AMOUNT);
    }

    private static Column stageColumn(Texts texts, StudentStage stage) {
        return new Column(texts.get("reporting.stats.stage." + stage), Kind.COUNT);
    }

    private static List<Integer> rangeOf(int first, int size) {
        var range = new ArrayList<Integer>();
        for (int i = 0; i < size; i++) {
            range.add(first + i);
        }
        return range;
    }

    /** The texts of one language: messages, and the directory's names (the code itself where it names nothing). */
    private final class Texts {

        final Locale locale;
        private final Directory names;

        Texts(Locale locale) {
            this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
            this.names = directory.getIfAvailable();
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }

        String region(String code) {
            return code == null ? "" : names == null ? code
                    : names.region(new RegionCode(code)).map(r -> r.name(locale)).orElse(code);
        }

        String office(String code) {
            return code == null ? "" : names == null ? code
                    : names.office(new OfficeCode(code)).map(o -> o.name(locale)).orElse(code);
        }

        String unit(String code) {
            return code == null ? "" : names == null ? code
                    : names.unit(new UnitCode(code)).map(u -> u.name(locale)).orElse(code);
        }

        String reporter(Reporter reporter) {
            return reporter.type() == ReporterType.OFFICE ? office(reporter.code()) : unit(reporter.code());
        }

        String mode(String code) {
            return code == null ? "" : get("reporting.stats.mode." + TrainingMode.valueOf(code).name());
        }
    }
}
