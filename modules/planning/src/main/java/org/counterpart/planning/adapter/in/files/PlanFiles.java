package org.counterpart.planning.adapter.in.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.counterpart.planning.PlanImportRejected;
import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanRowsSource;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.sheets.SheetFiles;
import org.counterpart.sheets.SheetLayout;
import org.counterpart.sheets.SheetRejected;
import org.counterpart.sheets.SheetRow;
import org.counterpart.sheets.XlsxOptions;
import org.springframework.stereotype.Component;

/**
 * Reads and writes plan files laid out as Attachment 2 of the notice: a table with the columns 序号, 实施地区,
 * 实施项目, 责任处室（承办单位）, 工作要求, as an Excel workbook (.xlsx) or as CSV text.
 *
 * <p>The sheets library does the reading and writing — content sniffing, limits, header matching, formula
 * neutralisation, line numbers (see {@link SheetFiles}); this class holds what is planning's: the notice's layout
 * and how its rows map to {@link PlanSheetRow}s. A file that cannot be read is refused with a {@link SheetRejected}.
 */
@Component
public class PlanFiles {

    /** The columns of Attachment 2, as the notice names them. */
    public static final List<String> HEADER = List.of("序号", "实施地区", "实施项目", "责任处室（承办单位）", "工作要求");

    /** Attachment 2 with the library's limits: 10 MB, 10,000 rows. */
    static final SheetLayout LAYOUT = SheetLayout.of(HEADER);

    /*
     * The notice breaks the fourth column's name in two lines; 工作要求 holds paragraphs (widths in characters, a
     * Chinese character taking about two); 序号 is a number, so a spreadsheet sorts the tasks 1, 2, …, 10.
     */
    static final XlsxOptions XLSX = XlsxOptions.DEFAULTS
            .withHeader("序号", "实施地区", "实施项目", "责任处室\n（承办单位）", "工作要求")
            .withColumnWidths(6, 12, 28, 32, 72)
            .withNumericColumns(0);

    /**
     * The rows of a plan file, every row after the header that is not blank.
     *
     * @param filename the name the file was uploaded with; its extension must be {@code .xlsx} or {@code .csv}
     * @param content the file's content, read up to 10 MB and not closed
     * @throws SheetRejected when the file cannot be read as a plan, with the reason as a message key
     */
    public List<PlanSheetRow> read(String filename, InputStream content) {
        return SheetFiles.read(LAYOUT, filename, content).stream().map(PlanFiles::planRow).toList();
    }

    /**
     * An uploaded plan file as the source of an import's rows: read when the import runs. A file that cannot be read
     * refuses the import with one problem on line 0, the sheets library's reason.
     *
     * @param content the whole file, which the source keeps until it is read
     */
    public PlanRowsSource source(String filename, byte[] content) {
        return () -> {
            try {
                return read(filename, new ByteArrayInputStream(content));
            } catch (SheetRejected rejected) {
                throw new PlanImportRejected(List.of(new Problem(0, rejected.messageKey(),
                        Arrays.asList(rejected.arguments()))));
            }
        };
    }

    /**
     * Writes the rows as a workbook of one sheet: the title across the five columns, the header, then the rows.
     * {@link PlanSheetRow#line()} is ignored. The stream is not closed.
     */
    public void writeXlsx(String sheetTitle, List<PlanSheetRow> rows, OutputStream out) {
        SheetFiles.writeXlsx(LAYOUT, sheetTitle, cells(rows), out, XLSX);
    }

    /**
     * Writes the header and the rows as CSV (UTF-8 with a byte order mark, CRLF line endings).
     * {@link PlanSheetRow#line()} is ignored. The stream is not closed.
     */
    public void writeCsv(List<PlanSheetRow> rows, OutputStream out) {
        SheetFiles.writeCsv(LAYOUT, cells(rows), out);
    }

    private static PlanSheetRow planRow(SheetRow row) {
        return new PlanSheetRow(row.line(), row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4));
    }

    private static List<List<String>> cells(List<PlanSheetRow> rows) {
        return rows.stream().map(row -> List.of(row.number(), row.regions(), row.project(), row.responsible(),
                row.requirements())).toList();
    }
}
