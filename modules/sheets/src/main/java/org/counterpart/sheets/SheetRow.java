package org.counterpart.sheets;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a table file read with a {@link SheetLayout}: where it is in the file and the text of its cells, one
 * per column of the layout, in the layout's order.
 *
 * <p>Cells are the text the file holds, stripped of white space around it; never null, empty when the cell is. A
 * leading single quote stays: it is the visible mark {@link SheetFiles} puts before a cell a spreadsheet would take
 * for a formula, and dropping it would make the next export of the text a live formula.
 *
 * @param line the row's line as a spreadsheet program shows it (the sheet row number for a workbook, the record
 *        number for CSV), for messages that name a row
 * @param cells the cells' text
 */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        var cleaned = new ArrayList<String>(cells.size());
        for (String cell : cells) {
            cleaned.add(cell == null ? "" : cell.strip());
        }
        cells = List.copyOf(cleaned);
    }

    /** The text of the cell in this column (counted from 0), empty past the last cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Whether every cell is empty: such rows are skipped when read, not refused. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
