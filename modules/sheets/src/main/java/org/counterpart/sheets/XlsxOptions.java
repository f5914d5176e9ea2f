package org.counterpart.sheets;

import java.util.List;
import java.util.Set;

/**
 * How {@link SheetFiles#writeXlsx} lays out a workbook beyond what the {@link SheetLayout} says: the header as it is
 * written, the columns' widths and which columns hold whole numbers. What is read back does not depend on them.
 *
 * @param header the header as written, or empty for the layout's: it may break a title over lines
 *        ({@code 责任处室\n（承办单位）}) but must match the layout's header as compared, so the file reads back
 * @param columnWidths each column's width in characters (a Chinese character takes about two), or empty for widths
 *        from the header's titles
 * @param numericColumns the columns (counted from 0) whose whole numbers ({@code 12}, not {@code 012} or
 *        {@code 1.5}) are written as number cells, so a spreadsheet sorts and sums them
 */
public record XlsxOptions(List<String> header, List<Integer> columnWidths, Set<Integer> numericColumns) {

    /** The layout's header, widths from its titles, no number cells. */
    public static final XlsxOptions DEFAULTS = new XlsxOptions(List.of(), List.of(), Set.of());

    public XlsxOptions {
        header = List.copyOf(header);
        columnWidths = List.copyOf(columnWidths);
        numericColumns = Set.copyOf(numericColumns);
        if (columnWidths.stream().anyMatch(width -> width < 1 || width > 255)) {
            // A column is at most 255 characters wide in a workbook.
            throw new IllegalArgumentException("Column widths are 1 to 255 characters: " + columnWidths);
        }
    }

    public XlsxOptions withHeader(String... titles) {
        return new XlsxOptions(List.of(titles), columnWidths, numericColumns);
    }

    public XlsxOptions withColumnWidths(Integer... widths) {
        return new XlsxOptions(header, List.of(widths), numericColumns);
    }

    public XlsxOptions withNumericColumns(Integer... columns) {
        return new XlsxOptions(header, columnWidths, Set.copyOf(List.of(columns)));
    }
}
