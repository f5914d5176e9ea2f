package org.counterpart.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.ChartType;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's tables as the page shows them: grouped (tasks, training, enrolment), each cell as text and whether
 * it is a number, and each chart as the JSON the page's script draws it from ({@code data-chart}).
 */
record DashboardView(Map<String, List<TableView>> groups) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The group each table is shown in, by the start of its key. */
    static String groupOf(String key) {
        return key.startsWith("training") ? "training"
                : key.startsWith("enrolment") || key.startsWith("students") || key.startsWith("subsidies")
                        ? "enrolment" : "tasks";
    }

    static DashboardView of(StatisticsTables tables) {
        var groups = new LinkedHashMap<String, List<TableView>>();
        for (var table : tables.tables()) {
            groups.computeIfAbsent(groupOf(table.key()), k -> new ArrayList<>()).add(TableView.of(table));
        }
        return new DashboardView(groups);
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
                cells.add(new Cell(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString()
                        : value.toString(), kind != Kind.TEXT));
            }
            return cells;
        }
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
