package org.counterpart.reporting.adapter.out.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.reporting.domain.Attachment1;
import org.counterpart.sheets.SheetFiles;
import org.counterpart.sheets.SheetLayout;
import org.counterpart.sheets.XlsxOptions;

/**
 * The workbooks and CSV files, written by the sheets library — which writes every cell as text or a whole number,
 * never a formula, and neutralises text a spreadsheet would take for one ({@code =1+1}, {@code @SUM}). A workbook of
 * several tables is the library's one-sheet workbooks put together, sheet by sheet with their styles; amounts, which
 * the library keeps as the text given, become number cells there, so a spreadsheet sums them.
 */
final class ExportSheets {

    /** Attachment 1 as the notice heads it. */
    static final List<String> ATTACHMENT_1 = List.of("序号", "项目名称", "培训方式", "资金安排（万元）", "培训人数（人）",
            "培训时间", "项目实施单位");

    static final XlsxOptions ATTACHMENT_1_XLSX = XlsxOptions.DEFAULTS.withColumnWidths(6, 36, 12, 22, 14, 10, 24)
            .withNumericColumns(0, 4);

    /** Attachment 2 as the notice heads it (and the planning module writes it). */
    static final List<String> ATTACHMENT_2 = List.of("序号", "实施地区", "实施项目", "责任处室（承办单位）", "工作要求");

    static final XlsxOptions ATTACHMENT_2_XLSX = XlsxOptions.DEFAULTS
            .withHeader("序号", "实施地区", "实施项目", "责任处室\n（承办单位）", "工作要求")
            .withColumnWidths(6, 12, 28, 32, 72).withNumericColumns(0);

    /** A plain decimal as an amount cell holds it: 万元 or 元 to the 分, a percentage to a tenth. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");

    private ExportSheets() {
    }

    static byte[] attachment1(Attachment1 table) {
        var rows = new ArrayList<List<String>>();
        for (var row : table.rows()) {
            rows.add(cells(String.valueOf(row.number()), row.name(), row.mode(), row.funding(),
                    row.trainees() == null ? null : String.valueOf(row.trainees()), row.duration(), row.unit()));
        }
        rows.add(cells("合计", null, null, Attachment1.plain(table.totalFunding()),
                String.valueOf(table.totalTrainees()), null, null));
        var out = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(SheetLayout.of(ATTACHMENT_1), table.title(), rows, out, ATTACHMENT_1_XLSX);
        return out.toByteArray();
    }

    static byte[] attachment2(String title, List<PlanSheetRow> plan) {
        var rows = plan.stream().map(r -> List.of(r.number(), r.regions(), r.project(), r.responsible(),
                r.requirements())).toList();
        var out = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(SheetLayout.of(ATTACHMENT_2), title, rows, out, ATTACHMENT_2_XLSX);
        return out.toByteArray();
    }

    static byte[] csv(StatisticsTable table) {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeCsv(layoutOf(table), rowsOf(table), out);
        return out.toByteArray();
    }

    /** One sheet per table, named by the table, titled with the statistics' title and the table's. */
    static byte[] workbook(StatisticsTables tables) {
        try (var book = new XSSFWorkbook()) {
            var names = new ArrayList<String>();
            for (var table : tables.tables()) {
                var out = new ByteArrayOutputStream();
                var numeric = IntStream.range(0, table.columns().size())
                        .filter(i -> table.columns().get(i).kind() == Kind.COUNT).boxed().toArray(Integer[]::new);
                SheetFiles.writeXlsx(layoutOf(table), tables.title() + " · " + table.title(), rowsOf(table), out,
                        XlsxOptions.DEFAULTS.withNumericColumns(numeric));
                try (var single = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    var target = book.createSheet(uniqueName(table.title(), names));
                    copy(single.getSheetAt(0), target, book, table);
                }
            }
            var bytes = new ByteArrayOutputStream();
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SheetLayout layoutOf(StatisticsTable table) {
        return SheetLayout.of(table.columns().stream().map(StatisticsTable.Column::title).toList());
    }

    /** The rows and then the totals, every cell as text: counts and amounts as written, nothing for none. */
    static List<List<String>> rowsOf(StatisticsTable table) {
        var rows = new ArrayList<List<String>>();
        table.rows().forEach(row -> rows.add(row.stream().map(ExportSheets::text).toList()));
        if (table.totals() != null) {
            rows.add(table.totals().stream().map(ExportSheets::text).toList());
        }
        return rows;
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal amount ? amount.toPlainString() : cell.toString();
    }

    private static List<String> cells(String... cells) {
        var list = new ArrayList<String>();
        for (var cell : cells) {
            list.add(cell);
        }
        return list;
    }

    private static String uniqueName(String title, List<String> taken) {
        var base = WorkbookUtil.createSafeSheetName(title, '_');
        var name = base;
        for (int i = 2; taken.stream().anyMatch(name::equalsIgnoreCase); i++) {
            var suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    /** Copies a sheet into another workbook with its styles, merged title, widths, frozen header and print setup. */
    private static void copy(Sheet source, Sheet target, XSSFWorkbook book, StatisticsTable table) {
        Map<Integer, CellStyle> styles = new HashMap<>();
        int headerRow = -1;
        for (var row : source) {
            var copy = target.createRow(row.getRowNum());
            copy.setHeight(row.getHeight());
            for (var cell : row) {
                var style = styles.computeIfAbsent((int) cell.getCellStyle().getIndex(), index -> {
                    var cloned = book.createCellStyle();
                    cloned.cloneStyleFrom(cell.getCellStyle());
                    return cloned;
                });
                var to = copy.createCell(cell.getColumnIndex());
                to.setCellStyle(style);
                copyValue(cell, to, headerRow >= 0 && row.getRowNum() > headerRow
                        ? table.columns().get(cell.getColumnIndex()).kind() : Kind.TEXT);
            }
            if (headerRow < 0 && row.getPhysicalNumberOfCells() == table.columns().size()
                    && table.columns().get(0).title().equals(row.getCell(0).getStringCellValue())) {
                headerRow = row.getRowNum();
            }
        }
        for (int i = 0; i < source.getNumMergedRegions(); i++) {
            target.addMergedRegion(source.getMergedRegion(i));
        }
        for (int column = 0; column < table.columns().size(); column++) {
            target.setColumnWidth(column, source.getColumnWidth(column));
        }
        if (headerRow >= 0) {
            target.createFreezePane(0, headerRow + 1);
            target.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        target.setFitToPage(true);
        target.getPrintSetup().setLandscape(true);
        target.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        target.getPrintSetup().setFitWidth((short) 1);
        target.getPrintSetup().setFitHeight((short) 0);
    }

    private static void copyValue(Cell from, Cell to, Kind kind) {
        if (from.getCellType() == CellType.NUMERIC) {
            to.setCellValue(from.getNumericCellValue());
        } else if (from.getCellType() == CellType.STRING) {
            var text = from.getStringCellValue();
            if ((kind == Kind.AMOUNT || kind == Kind.PERCENT) && DECIMAL.matcher(text).matches()) {
                // A spreadsheet keeps numbers as doubles; 14 significant digits read back exactly as written.
                to.setCellValue(new BigDecimal(text).doubleValue());
            } else {
                // Copied as the library wrote it: text stays text, whatever it starts with.
                to.setCellValue(text);
            }
        }
    }
}
