package org.counterpart.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes table files laid out by a {@link SheetLayout} — a header row, then one row per record — as an
 * Excel workbook (.xlsx) or as CSV text.
 *
 * <p>Reading decides the format by the content and requires the file name's extension to agree, so a renamed
 * picture or Word document is refused rather than half read. It reads CSV as UTF-8 (with or without a byte order
 * mark) or, failing that, GB18030, as Excel in China saves it; the first sheet of a workbook, never evaluating a
 * formula, giving a cell merged down a column to every row it spans. Rows above the header holding a single cell
 * are titles and skipped; blank rows are skipped. Anything the user can fix is refused with a {@link SheetRejected}
 * naming a {@code sheets.rejected.*} message key; the limits are the layout's.
 *
 * <p>Writing neutralises cells that a spreadsheet would take for a formula (CSV injection) by prefixing a single
 * quote, which reading keeps.
 *
 * <p>Line numbers are the rows a spreadsheet program shows for the file: the sheet row number + 1 for a workbook,
 * the record number for CSV (a quoted cell spanning several text lines is still one row).
 *
 * <p>Stateless and safe to use from any thread.
 */
public final class SheetFiles {

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9]\\d{0,8}");
    private static final int SHOWN_HEADER_LENGTH = 200;

    private SheetFiles() {
    }

    /**
     * The rows of a table file, every row after the header that is not blank, each with one cell per column of the
     * layout; cells of a row beyond the layout's columns are ignored.
     *
     * @param layout the header the file must have and the limits it must keep to
     * @param filename the name the file was uploaded with; its extension must be {@code .xlsx} or {@code .csv}
     * @param content the file's content, read up to the layout's size limit and not closed
     * @throws SheetRejected when the file cannot be read with the layout, with the reason as a message key
     */
    public static List<SheetRow> read(SheetLayout layout, String filename, InputStream content) {
        var format = Format.of(filename);
        byte[] bytes = readAtMost(content, layout);
        if (bytes.length == 0) {
            throw rejected("empty-file");
        }
        var table = new Table(layout);
        if (startsWith(bytes, ZIP_SIGNATURE)) {
            if (format != Format.XLSX) {
                throw rejected("not-a-spreadsheet");
            }
            readXlsx(bytes, layout, table);
        } else {
            if (format != Format.CSV) {
                throw rejected("not-a-spreadsheet");
            }
            readCsv(decode(bytes), table);
        }
        return table.rows();
    }

    /**
     * Writes the rows as a workbook of one sheet with the layout's header and {@link XlsxOptions#DEFAULTS}.
     *
     * @see #writeXlsx(SheetLayout, String, List, OutputStream, XlsxOptions)
     */
    public static void writeXlsx(SheetLayout layout, String title, List<List<String>> rows, OutputStream out) {
        writeXlsx(layout, title, rows, out, XlsxOptions.DEFAULTS);
    }

    /**
     * Writes the rows as a workbook of one sheet: the title across the columns (when there is one; it also names the
     * sheet), the header, then the rows, every cell bordered and wrapped; the header frozen and repeated on every
     * printed page, printed landscape as wide as an A4 page. The stream is not closed.
     *
     * @param rows the rows' cells in the layout's order; a row may be shorter than the header (the rest is empty),
     *        not longer; null cells are empty
     * @throws IllegalArgumentException when a row is longer than the header, or the options do not fit the layout
     */
    public static void writeXlsx(SheetLayout layout, String title, List<List<String>> rows, OutputStream out,
            XlsxOptions options) {
        List<String> header = writtenHeader(layout, options);
        List<Integer> widths = columnWidths(layout, options);
        for (int column : options.numericColumns()) {
            if (column < 0 || column >= layout.width()) {
                throw new IllegalArgumentException("No column " + column + " in " + layout.header());
            }
        }
        try (var workbook = new XSSFWorkbook()) {
            boolean titled = title != null && !title.isBlank();
            Sheet sheet = workbook.createSheet(titled ? WorkbookUtil.createSafeSheetName(title.strip(), '_')
                    : "Sheet1");
            var styles = new Styles(workbook);
            int next = 0;
            if (titled) {
                Row titleRow = sheet.createRow(next++);
                titleRow.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
                for (int column = 0; column < layout.width(); column++) {
                    stringCell(titleRow, column, column == 0 ? title.strip() : "", styles.title);
                }
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, layout.width() - 1));
            }
            int headerIndex = next;
            Row headerRow = sheet.createRow(next++);
            long headerLines = header.stream().mapToLong(cell -> cell.lines().count()).max().orElse(1);
            if (headerLines > 1) {
                // Rows with an explicit break do not grow by themselves in every spreadsheet program.
                headerRow.setHeightInPoints(headerLines * sheet.getDefaultRowHeightInPoints() + 4);
            }
            for (int column = 0; column < header.size(); column++) {
                stringCell(headerRow, column, header.get(column), styles.header);
            }
            for (List<String> cells : rows) {
                Row row = sheet.createRow(next++);
                List<String> padded = padded(layout, cells);
                for (int column = 0; column < padded.size(); column++) {
                    if (options.numericColumns().contains(column)) {
                        numberCell(row, column, padded.get(column), styles.number);
                    } else {
                        stringCell(row, column, padded.get(column), styles.body);
                    }
                }
            }
            for (int column = 0; column < widths.size(); column++) {
                sheet.setColumnWidth(column, widths.get(column) * 256);
            }
            sheet.createFreezePane(0, headerIndex + 1);
            // Offices print tables: landscape, as wide as the page, the header again on every page.
            sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the layout's header and the rows as CSV: UTF-8 with a byte order mark, without which Excel takes the
     * text for the local code page and garbles the Chinese, and CRLF line endings. The stream is not closed.
     *
     * @param rows the rows' cells in the layout's order; a row may be shorter than the header (the rest is empty),
     *        not longer; null cells are empty
     * @throws IllegalArgumentException when a row is longer than the header
     */
    public static void writeCsv(SheetLayout layout, List<List<String>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, UTF_8);
            writer.write('\uFEFF');
            // Not closed: that would close the caller's stream; flushing is all the printer needs.
            var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            // The header is the layout's, not the user's: written as it is, so that it reads back.
            printer.printRecord(layout.header());
            for (List<String> cells : rows) {
                printer.printRecord(padded(layout, cells).stream().map(SheetFiles::neutralise).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text a spreadsheet will not take for a formula: prefixed with a single quote when it starts with a
     * character that begins one.
     */
    static String neutralise(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * A header cell as compared: without any white space (a title broken over two lines, padded with full-width
     * spaces) and with parentheses full-width, as Chinese documents write them.
     */
    static String headerKey(String cell) {
        var key = new StringBuilder(cell.length());
        cell.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
                .map(c -> c == '(' ? '（' : c == ')' ? '）' : c)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static List<String> padded(SheetLayout layout, List<String> cells) {
        if (cells.size() > layout.width()) {
            throw new IllegalArgumentException("A row of %d cells for %d columns: %s".formatted(cells.size(),
                    layout.width(), cells));
        }
        var padded = new ArrayList<String>(layout.width());
        for (int column = 0; column < layout.width(); column++) {
            String cell = column < cells.size() ? cells.get(column) : null;
            padded.add(cell == null ? "" : cell);
        }
        return padded;
    }

    private static List<String> writtenHeader(SheetLayout layout, XlsxOptions options) {
        if (options.header().isEmpty()) {
            return layout.header();
        }
        // Written otherwise than the layout says, the header must still be one the layout reads back.
        if (!keys(options.header()).equals(keys(layout.header()))) {
            throw new IllegalArgumentException("The header " + options.header() + " is not " + layout.header());
        }
        return options.header();
    }

    private static List<Integer> columnWidths(SheetLayout layout, XlsxOptions options) {
        if (options.columnWidths().isEmpty()) {
            // Wide enough for the title, and for more than a word below it.
            return layout.header().stream().map(title -> Math.min(Math.max(displayWidth(title) + 4, 10), 60))
                    .toList();
        }
        if (options.columnWidths().size() != layout.width()) {
            throw new IllegalArgumentException("%d column widths for %d columns".formatted(
                    options.columnWidths().size(), layout.width()));
        }
        return options.columnWidths();
    }

    /** The width of the longest line of the text in characters, a Chinese character counting as two. */
    private static int displayWidth(String text) {
        return text.lines().mapToInt(line -> line.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum()).max().orElse(0);
    }

    private static List<String> keys(List<String> header) {
        return header.stream().map(SheetFiles::headerKey).toList();
    }

    private static byte[] readAtMost(InputStream content, SheetLayout layout) {
        var bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int read = content.read(chunk); read != -1; read = content.read(chunk)) {
                // Counted as it arrives: the declared size of an upload is the sender's word, not a fact.
                if (bytes.size() + (long) read > layout.maxBytes()) {
                    throw rejected("too-large", layout.maxMegabytes());
                }
                bytes.write(chunk, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // CSV

    /**
     * The CSV text of the bytes: UTF-8, or GB18030 (a superset of the GBK Excel in China saves CSV in) when they are
     * not UTF-8, without a byte order mark.
     */
    private static String decode(byte[] bytes) {
        String text = decodeStrictly(bytes, UTF_8);
        if (text == null) {
            text = decodeStrictly(bytes, GB18030);
        }
        // GB18030 maps most byte pairs to some character, so a binary file can decode: control characters give it away.
        if (text == null || text.chars().anyMatch(SheetFiles::isBinary)) {
            throw rejected("not-a-spreadsheet");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isBinary(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }

    private static void readCsv(String text, Table table) {
        // Blank lines are kept as records so that record numbers stay the rows a spreadsheet shows.
        var format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (var parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                table.add(Math.toIntExact(record.getRecordNumber()), record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            // An unbalanced quote or text after a closing quote: not CSV as RFC 4180 and Excel write it.
            throw rejected("not-a-spreadsheet", e);
        }
    }

    // Workbook

    /** The first sheet, streamed ({@link StreamedXlsxSheet}). */
    private static void readXlsx(byte[] bytes, SheetLayout layout, Table table) {
        checkUnpackedSize(bytes, layout);
        for (var row : StreamedXlsxSheet.read(bytes, layout.width())) {
            table.add(row.number(), row.cells());
        }
    }

    private static void checkUnpackedSize(byte[] bytes, SheetLayout layout) {
        long unpacked = 0;
        byte[] chunk = new byte[8192];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                for (int read = zip.read(chunk); read != -1; read = zip.read(chunk)) {
                    unpacked += read;
                    if (unpacked > layout.maxUnpackedBytes()) {
                        throw rejected("too-large", layout.maxMegabytes());
                    }
                }
            }
        } catch (IOException e) {
            // ZipInputStream cannot stream every valid layout (a stored entry with a data descriptor); POI reads the
            // ZIP with its own reader and keeps its own inflation-ratio guard, so it decides about this one.
        }
    }

    private static void stringCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        // setCellValue(String) makes a string cell: nothing written here is ever a formula.
        cell.setCellValue(neutralise(text));
        cell.setCellStyle(style);
    }

    private static void numberCell(Row row, int column, String text, CellStyle style) {
        if (WHOLE_NUMBER.matcher(text).matches()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(Integer.parseInt(text));
            cell.setCellStyle(style);
        } else {
            // "01" or "一" stays as written: a number cell would drop the zero or could not hold it.
            stringCell(row, column, text, style);
        }
    }

    /** The cell styles of a written table; a workbook holds a limited number of styles, so they are shared. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle number;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);

            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            body = bordered(workbook);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.CENTER);
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    // Both formats

    /**
     * Turns the rows of a file, in order, into table rows: rows before the header that hold a single cell are titles
     * (official tables put "附件2" and the table's name above it), the first row with more cells is the header, and
     * every non-blank row after it is a table row.
     */
    private static final class Table {

        private final SheetLayout layout;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean headerFound;
        private List<String> firstTitle;

        Table(SheetLayout layout) {
            this.layout = layout;
        }

        void add(int line, List<String> cells) {
            if (headerFound) {
                /*
                 * A leading single quote stays: it is the visible neutraliser the writers put before =, +, - and @.
                 * Stripping it would give back a cell that the next CSV export turns into a live formula, and would
                 * lose the quote of a cell that truly starts with one.
                 */
                var row = new SheetRow(line, padded(layout, cells.subList(0, Math.min(cells.size(),
                        layout.width()))));
                if (row.isBlank()) {
                    return;
                }
                if (rows.size() == layout.maxRows()) {
                    throw rejected("too-many-rows", layout.maxRows());
                }
                rows.add(row);
                return;
            }
            long filled = cells.stream().filter(cell -> !cell.isBlank()).count();
            if (filled == 1 && firstTitle == null) {
                firstTitle = cells;
            } else if (filled > 1) {
                checkHeader(cells);
                headerFound = true;
            }
        }

        List<SheetRow> rows() {
            if (!headerFound) {
                if (firstTitle == null) {
                    throw rejected("empty-file");
                }
                // Only single cells: the header is missing or squeezed into one cell (a CSV with ";" between).
                checkHeader(firstTitle);
            }
            return List.copyOf(rows);
        }

        private void checkHeader(List<String> cells) {
            int width = cells.size();
            while (width > 0 && cells.get(width - 1).isBlank()) {
                width--;
            }
            List<String> used = cells.subList(0, width);
            if (!keys(used).equals(keys(layout.header()))) {
                throw rejected("header", String.join(" | ", layout.header()), shown(used));
            }
        }

        private static String shown(List<String> cells) {
            String shown = cells.stream().map(cell -> SPACES.matcher(cell.strip()).replaceAll(" "))
                    .collect(Collectors.joining(" | "));
            return shown.length() <= SHOWN_HEADER_LENGTH ? shown : shown.substring(0, SHOWN_HEADER_LENGTH) + "…";
        }
    }

    static SheetRejected rejected(String reason, Object... arguments) {
        return new SheetRejected(SheetRejected.KEY_PREFIX + reason, arguments);
    }

    static SheetRejected rejected(String reason, Throwable cause) {
        return new SheetRejected(SheetRejected.KEY_PREFIX + reason, cause);
    }

    /** The formats a table file may come in, by the extension of its name. */
    private enum Format {
        XLSX, CSV;

        static Format of(String filename) {
            String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw rejected("unknown-type", filename == null ? "" : filename.strip());
        }
    }
}
