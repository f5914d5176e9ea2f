package org.counterpart.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.planning.TaskStatus;
import org.counterpart.reporting.EnrolmentFigures.ProgrammeTally;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.ChartType;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.reporting.YearStatistics;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's tables as the page shows them: grouped (tasks, training, enrolment), each cell as text and whether
 * it is a number, and each chart as the JSON the page's script draws it from ({@code data-chart}).
 */
record DashboardView(Map<String, List<TableView>> groups, Kpis kpis) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The group each table is shown in, by the start of its key. */
    static String groupOf(String key) {
        return key.startsWith("training") ? "training"
                : key.startsWith("enrolment") || key.startsWith("students") || key.startsWith("subsidies")
                        ? "enrolment" : key.startsWith("reports") ? "reports" : "tasks";
    }

    static DashboardView of(StatisticsTables tables) {
        var groups = new LinkedHashMap<String, List<TableView>>();
        for (var table : tables.tables()) {
            groups.computeIfAbsent(groupOf(table.key()), k -> new ArrayList<>()).add(TableView.of(table));
        }
        return new DashboardView(groups, Kpis.of(tables.statistics()));
    }

    /**
     * The key figures above the charts, as people read them. Seats are those of the programmes shown (of the region,
     * when one is chosen) against their quota; completeness is of the information reports the reader may see, empty
     * ("—") while nothing is expected yet.
     */
    record Kpis(String tasks, String completed, long overdue, String commission, String partner,
            String plannedTrainees, String trained, String seats, String subsidies, String completeness) {

        static Kpis of(YearStatistics figures) {
            var tasks = figures.tasks();
            var training = figures.training().total();
            var enrolment = figures.enrolment();
            long filled = enrolment.byProgramme().stream().mapToLong(ProgrammeTally::filled).sum();
            var completeness = figures.reports().total().completeness();
            return new Kpis(number(tasks.total()), number(tasks.byStatus().get(TaskStatus.COMPLETED)),
                    tasks.overdueMilestones(), number(training.commissionFunding()),
                    number(training.partnerFunding()), number(training.plannedTrainees()), number(training.trained()),
                    number(filled) + " / " + number(enrolment.quota()), number(enrolment.subsidies().amount()),
                    completeness == null ? "—" : completeness.toPlainString());
        }
    }

    record Cell(String text, boolean number) {
    }

    /** The tables shown side by side, two in a row; the others take the whole width, their charts and columns need it. */
    static final java.util.Set<String> HALF_WIDTH = java.util.Set.of("tasks-by-status", "tasks-by-region");

    /** @param wide whether the table takes the whole width of the page */
    record TableView(String key, String title, List<Cell> header, List<List<Cell>> rows, List<Cell> totals,
            String chart, String note, boolean wide) {

        static TableView of(StatisticsTable table) {
            var header = table.columns().stream().map(c -> new Cell(c.title(), c.kind() != Kind.TEXT)).toList();
            var rows = table.rows().stream().map(row -> cells(table, row)).toList();
            return new TableView(table.key(), table.title(), header, rows,
                    table.totals() == null ? null : cells(table, table.totals()),
                    table.chart() == null ? null : chartJson(table), table.note(), !HALF_WIDTH.contains(table.key()));
        }

        private static List<Cell> cells(StatisticsTable table, List<Object> row) {
            var cells = new ArrayList<Cell>();
            for (int i = 0; i < row.size(); i++) {
                var value = row.get(i);
                var kind = table.columns().get(i).kind();
                cells.add(new Cell(kind == Kind.TEXT || kind == Kind.PERCENT ? plain(value) : number(value),
                        kind != Kind.TEXT));
            }
            return cells;
        }
    }

    private static String plain(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /**
     * A count or an amount as people read it, in thousands (52,500; 1,234.5), exact to its last decimal; the files
     * keep plain numbers.
     */
    static String number(Object value) {
        if (value instanceof BigDecimal amount) {
            var exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
            var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            format.setMaximumFractionDigits(Math.max(0, exact.scale()));
            return format.format(exact);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }
        return plain(value);
    }

    /**
     * What the page's script needs to draw a table: its kind of chart, the categories (the rows' names), the series
     * against the left axis and those drawn as lines against the right, each named by its column.
     */
    static String chartJson(StatisticsTable table) {
        var chart = table.chart();
        var spec = new LinkedHashMap<String, Object>();
        spec.put("type", chart.type() == ChartType.PIE ? "pie" : chart.type() == ChartType.STACKED_BAR ? "stacked"
                : "bar");
        spec.put("title", table.title());
        spec.put("categories", table.categories());
        spec.put("unit", chart.unit());
        spec.put("series", series(table, chart.series()));
        spec.put("secondaryUnit", chart.secondaryUnit());
        spec.put("secondary", series(table, chart.secondarySeries()));
        if (!chart.colours().isEmpty()) {
            spec.put("colors", chart.colours());
        }
        return JSON.writeValueAsString(spec);
    }

    private static List<Map<String, Object>> series(StatisticsTable table, List<Integer> columns) {
        var series = new ArrayList<Map<String, Object>>();
        for (int column : columns) {
            var values = table.rows().stream().map(row -> row.get(column) instanceof Number n ? n : 0).toList();
            series.add(Map.of("name", table.columns().get(column).title(), "data", values));
        }
        return series;
    }
}
