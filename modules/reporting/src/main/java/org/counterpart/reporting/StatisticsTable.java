package org.counterpart.reporting;

import java.util.List;
import java.util.Objects;

/**
 * One table of the year's statistics as people read it — on the dashboard under its chart, as a sheet of the
 * statistics workbook, a page section of the printable summary and a CSV file: a key that names it in addresses
 * ({@code training-by-region}), its title and column titles in the reader's language, its rows and totals.
 *
 * @param rows each row's cells in column order: {@link String} for text, {@link Long} for counts,
 *        {@link java.math.BigDecimal} for amounts and percentages; {@code null} for an empty cell
 * @param totals the 合计 row, or {@code null} where adding up the rows means nothing (a task serving several regions
 *        counts in each)
 * @param chart how the dashboard and the printable summary draw it, or {@code null} for a table alone
 * @param note a line under the table saying how to read it, or {@code null}
 */
public record StatisticsTable(String key, String title, List<Column> columns, List<List<Object>> rows,
        List<Object> totals, Chart chart, String note) {

    public StatisticsTable {
        Objects.requireNonNull(key, "key");
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
        totals = totals == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totals));
    }

    /** What a column holds: text, a count, an amount (万元 or 元, exact) or a percentage. */
    public enum Kind {
        TEXT, COUNT, AMOUNT, PERCENT
    }

    public record Column(String title, Kind kind) {
    }

    /** How a chart shows the table: bars (grouped, or stacked), or a pie. */
    public enum ChartType {
        BAR, STACKED_BAR, PIE
    }

    /**
     * A chart of the table: the rows are its categories (their first cell), {@code series} the columns drawn against
     * the left axis, {@code secondarySeries} the columns drawn as a line against the right axis (trainees beside
     * funding), each axis with its unit.
     *
     * @param colours the series' colours in order, as {@code #rrggbb}, where they mean something (on time green,
     *        missing red); empty for the usual palette
     */
    public record Chart(ChartType type, List<Integer> series, String unit, List<Integer> secondarySeries,
            String secondaryUnit, List<String> colours) {

        public Chart {
            series = List.copyOf(series);
            secondarySeries = List.copyOf(secondarySeries);
            colours = colours == null ? List.of() : List.copyOf(colours);
        }

        /** A chart in the usual palette. */
        public Chart(ChartType type, List<Integer> series, String unit, List<Integer> secondarySeries,
                String secondaryUnit) {
            this(type, series, unit, secondarySeries, secondaryUnit, List.of());
        }
    }

    /** The rows' texts of the first column, which name the rows. */
    public List<String> categories() {
        return rows.stream().map(row -> row.isEmpty() || row.get(0) == null ? "" : row.get(0).toString()).toList();
    }
}
