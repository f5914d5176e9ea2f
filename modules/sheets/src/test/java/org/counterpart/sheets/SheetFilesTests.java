package org.counterpart.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing table files on a layout of the kind modules use: a serial number, names, a column whose title
 * has parentheses and is written over two lines, and free text.
 */
class SheetFilesTests {

    static final SheetLayout LAYOUT = SheetLayout.of("序号", "姓名", "地区", "工作单位（学校）", "备注");

    static final String LAYOUT_HEADER = "序号 | 姓名 | 地区 | 工作单位（学校） | 备注";

    static final XlsxOptions XLSX = XlsxOptions.DEFAULTS.withHeader("序号", "姓名", "地区", "工作单位\n（学校）", "备注")
            .withColumnWidths(6, 10, 12, 32, 60).withNumericColumns(0);

    static final List<SheetRow> ROWS = List.of(
            new SheetRow(2, List.of("1", "张伟", "云南", "昆明市第一中学（高中部）、昆明市教育局", "来沪跟岗学习三个月。")),
            new SheetRow(3, List.of("4", "李娜", "新疆喀什", "喀什地区第二中学", "“影子校长”培训。")),
            new SheetRow(4, List.of("5", "王芳", "西藏日喀则", "日喀则市上海实验学校\n（初中部）", "第一段，\n第二段。")));

    /** A row whose every cell a spreadsheet would take for a formula, were it not neutralised. */
    static final List<String> DANGEROUS = List.of("-1", "=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-2+3");

    @Test
    void readsCsvWithAHeaderCellOverTwoLinesAndMultiLineCells() {
        String csv = """
                序号,姓名,地区,"工作单位
                （学校）",备注
                1,张伟,云南,昆明市第一中学（高中部）、昆明市教育局,来沪跟岗学习三个月。
                4,李娜,新疆喀什,喀什地区第二中学,“影子校长”培训。
                5,王芳,西藏日喀则,"日喀则市上海实验学校
                （初中部）","第一段，
                第二段。"
                """;

        assertThat(SheetFiles.read(LAYOUT, "学员名单.csv", stream(csv.getBytes(UTF_8)))).isEqualTo(ROWS);
    }

    @Test
    void acceptsTheHeaderWithHalfWidthParenthesesSpacesAndAByteOrderMark() {
        String csv = "\uFEFF 序 号 ,姓名,地区,工作单位 (学校),备注\u3000\r\n1,张伟,云南,一中,备注\r\n";

        assertThat(SheetFiles.read(LAYOUT, "roster.CSV", stream(csv.getBytes(UTF_8))))
                .containsExactly(new SheetRow(2, List.of("1", "张伟", "云南", "一中", "备注")));
    }

    @Test
    void readsCsvSavedInGb18030AsExcelInChinaSavesIt() {
        var gb18030 = Charset.forName("GB18030");
        String csv = "序号,姓名,地区,工作单位（学校）,备注\r\n12,买买提,新疆喀什,喀什市第六中学,“影子校长”培训\r\n";

        assertThat(SheetFiles.read(LAYOUT, "roster.csv", stream(csv.getBytes(gb18030))))
                .containsExactly(new SheetRow(2, List.of("12", "买买提", "新疆喀什", "喀什市第六中学", "“影子校长”培训")));
    }

    @Test
    void readsAWorkbookWithTitleRowsNumbersAsWrittenAndFormulasAsTheirCachedValue() {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "附件1");
            row(sheet, 1, "2018年培训学员名单");
            row(sheet, 2, "序号", "姓名", "地区", "工作单位\n（学校）", "备注");
            Row first = row(sheet, 3, null, "张伟", "云南", "昆明市第一中学", "第一行\n第二行");
            first.createCell(0).setCellValue(1.0);
            Row second = row(sheet, 4, null, "李娜", "新疆", "喀什二中", "备注");
            Cell formula = second.createCell(0);
            formula.setCellFormula("1+1");
            formula.setCellValue(7);
            Row third = row(sheet, 5, "3", null, "西藏", "拉萨中学", "备注");
            Cell text = third.createCell(1);
            text.setCellFormula("\"王\"&\"芳\"");
            text.setCellValue("缓存的文字");
            assertThat(List.of(formula.getCellType(), text.getCellType())).containsOnly(CellType.FORMULA);
        });

        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(xlsx))).containsExactly(
                new SheetRow(4, List.of("1", "张伟", "云南", "昆明市第一中学", "第一行\n第二行")),
                new SheetRow(5, List.of("7", "李娜", "新疆", "喀什二中", "备注")),
                new SheetRow(6, List.of("3", "缓存的文字", "西藏", "拉萨中学", "备注")));
    }

    @Test
    void readsAnErrorAsItsCodeADateAsISOWhateverItsFormatAndRowsLeftOutAsAbsent() {
        // The built-in short date (14) shows as the reader's locale has it: POI's default is the American m/d/yy.
        String[] formats = { "yyyy-mm-dd", "m/d/yy", "yyyy\"年\"m\"月\"d\"日\"", "d-mmm-yy", "yyyy/m/d h:mm" };
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "序号", "姓名", "地区", "工作单位（学校）", "备注");
            Row first = row(sheet, 1, "1", "张伟", "云南", "一中", null);
            Cell error = first.createCell(4);
            error.setCellFormula("1/0");
            error.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            for (int i = 0; i < formats.length; i++) {
                Row row = row(sheet, 4 + i, "" + (2 + i), "李娜", "新疆", "二中", null);
                Cell day = row.createCell(4);
                day.setCellValue(i == formats.length - 1 ? java.time.LocalDateTime.of(2018, 8, 13, 9, 30)
                        : java.time.LocalDateTime.of(2018, 8, 13, 0, 0));
                var style = sheet.getWorkbook().createCellStyle();
                style.setDataFormat(i == 1 ? 14 : sheet.getWorkbook().createDataFormat().getFormat(formats[i]));
                day.setCellStyle(style);
            }
            Row time = row(sheet, 4 + formats.length, "7", "王芳", "西藏", "三中", null);
            Cell clock = time.createCell(4);
            clock.setCellValue(0.5);
            var style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("h:mm"));
            clock.setCellStyle(style);
        });

        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(xlsx))).containsExactly(
                new SheetRow(2, List.of("1", "张伟", "云南", "一中", "#DIV/0!")),
                new SheetRow(5, List.of("2", "李娜", "新疆", "二中", "2018-08-13")),
                new SheetRow(6, List.of("3", "李娜", "新疆", "二中", "2018-08-13")),
                new SheetRow(7, List.of("4", "李娜", "新疆", "二中", "2018-08-13")),
                new SheetRow(8, List.of("5", "李娜", "新疆", "二中", "2018-08-13")),
                new SheetRow(9, List.of("6", "李娜", "新疆", "二中", "2018-08-13 09:30")),
                new SheetRow(10, List.of("7", "王芳", "西藏", "三中", "12:00")));
    }

    @Test
    void givesTheTextOfACellMergedDownAColumnToEveryRowItSpans() {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "序号", "姓名", "地区", "工作单位（学校）", "备注");
            row(sheet, 1, "1", "张伟", "云南", "一中", "甲");
            row(sheet, 2, "2", "李娜", null, "二中", "乙");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
        });

        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(xlsx))).extracting(row -> row.cell(2))
                .containsExactly("云南", "云南");
    }

    @Test
    void readsAnyLayoutLikeATraineeRosterWithAPhoneNumberTypedAsANumber() {
        var roster = SheetLayout.of("姓名", "性别", "民族", "地区", "学校或单位", "职务", "联系电话");
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "姓名", "性别", "民族", "地区", "学校或单位", "职务", "联系电话");
            Row row = row(sheet, 1, "买买提·艾力", "男", "维吾尔族", "新疆喀什", "喀什市第六中学", "副校长");
            row.createCell(6).setCellValue(13812345678.0);
        });

        assertThat(SheetFiles.read(roster, "学员名单.xlsx", stream(xlsx))).containsExactly(new SheetRow(2,
                List.of("买买提·艾力", "男", "维吾尔族", "新疆喀什", "喀什市第六中学", "副校长", "13812345678")));
    }

    @Test
    void readsOneCellPerColumnIgnoringCellsBeyondTheHeader() {
        String csv = "序号,姓名,地区,工作单位（学校）,备注,,\r\n1,张伟,云南,一中,备注,多余,\r\n2,李娜\r\n";

        assertThat(SheetFiles.read(LAYOUT, "roster.csv", stream(csv.getBytes(UTF_8)))).containsExactly(
                new SheetRow(2, List.of("1", "张伟", "云南", "一中", "备注")),
                new SheetRow(3, List.of("2", "李娜", "", "", "")));
    }

    @Test
    void readsBackTheWorkbookItWrites() {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, "2018年培训学员名单", cells(ROWS), out, XLSX);

        List<SheetRow> read = SheetFiles.read(LAYOUT, "roster.xlsx", stream(out.toByteArray()));

        assertThat(read).extracting(SheetRow::cells).isEqualTo(cells(ROWS));
        assertThat(read).extracting(SheetRow::line).containsExactly(3, 4, 5);
    }

    @Test
    void writesAWorkbookWithTheTitleAcrossTheColumnsTheHeaderAsWrittenTheWidthsAndNumberCells() throws IOException {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, "2018年培训学员名单", cells(ROWS), out, XLSX);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("2018年培训学员名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2018年培训学员名单");
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 4));
            Cell unit = sheet.getRow(1).getCell(3);
            assertThat(unit.getStringCellValue()).isEqualTo("工作单位\n（学校）");
            assertThat(unit.getCellStyle().getWrapText()).isTrue();
            assertThat(workbook.getFontAt(unit.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThan(2 * sheet.getDefaultRowHeightInPoints());
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(4)).isEqualTo(60 * 256);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void writesAPlainWorkbookWithoutTitleOrOptions() throws IOException {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, " ", List.of(List.of("01", "张伟")), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Sheet1");
            assertThat(sheet.getMergedRegions()).isEmpty();
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("工作单位（学校）");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("01");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEmpty();
            // Wide enough for the title: 工作单位（学校） is eight Chinese characters.
            assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(16 * 256);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(out.toByteArray())))
                .containsExactly(new SheetRow(2, List.of("01", "张伟", "", "", "")));
    }

    @Test
    void readsBackTheCsvItWrites() {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeCsv(LAYOUT, cells(ROWS), out);

        List<SheetRow> read = SheetFiles.read(LAYOUT, "roster.csv", stream(out.toByteArray()));

        assertThat(read).extracting(SheetRow::cells).isEqualTo(cells(ROWS));
        assertThat(read).extracting(SheetRow::line).containsExactly(2, 3, 4);
    }

    @Test
    void writesCsvAsUtf8WithAByteOrderMarkAndCrlfLineEndings() {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeCsv(LAYOUT, List.of(List.of("1", "张伟", "云南", "一中", "备注"), List.of("2", "李娜")), out);

        assertThat(new String(out.toByteArray(), UTF_8))
                .isEqualTo("\uFEFF序号,姓名,地区,工作单位（学校）,备注\r\n1,张伟,云南,一中,备注\r\n2,李娜,,,\r\n");
    }

    @Test
    void refusesToWriteWhatWouldNotReadBack() {
        var out = new ByteArrayOutputStream();
        List<List<String>> tooWide = List.of(List.of("1", "张伟", "云南", "一中", "备注", "多余"));

        assertThatIllegalArgumentException().isThrownBy(() -> SheetFiles.writeCsv(LAYOUT, tooWide, out));
        assertThatIllegalArgumentException().isThrownBy(() -> SheetFiles.writeXlsx(LAYOUT, "表", tooWide, out));
        assertThatIllegalArgumentException().isThrownBy(() -> SheetFiles.writeXlsx(LAYOUT, "表", List.of(), out,
                XlsxOptions.DEFAULTS.withHeader("序号", "姓名", "地区", "单位", "备注")));
        assertThatIllegalArgumentException().isThrownBy(() -> SheetFiles.writeXlsx(LAYOUT, "表", List.of(), out,
                XlsxOptions.DEFAULTS.withColumnWidths(6, 10)));
        assertThatIllegalArgumentException().isThrownBy(() -> SheetFiles.writeXlsx(LAYOUT, "表", List.of(), out,
                XlsxOptions.DEFAULTS.withNumericColumns(5)));
    }

    @Test
    void refusesALayoutThatCouldNotBeReadReliably() {
        assertThatIllegalArgumentException().isThrownBy(() -> SheetLayout.of("姓名"));
        assertThatIllegalArgumentException().isThrownBy(() -> SheetLayout.of("姓名", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> SheetLayout.of("单位(学校)", "单位（学校）"));
        assertThatIllegalArgumentException().isThrownBy(() -> LAYOUT.withMaxRows(0));
        assertThatIllegalArgumentException().isThrownBy(() -> LAYOUT.withMaxMegabytes(0));
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(new byte[0])), "empty-file");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream("\uFEFF\r\n , ,\r\n".getBytes(UTF_8))),
                "empty-file");
    }

    @Test
    void refusesAPictureOrRandomBytesNamedXlsx() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        var random = new byte[4096];
        new Random(2018).nextBytes(random);

        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(png)), "not-a-spreadsheet");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(random)), "not-a-spreadsheet");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(png)), "not-a-spreadsheet");
    }

    @Test
    void refusesAZipThatIsNoWorkbookLikeAWordDocument() throws IOException {
        var docx = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("序号 姓名 地区 工作单位（学校） 备注");
            document.write(docx);
        }
        var zip = new ByteArrayOutputStream();
        try (var entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("roster.csv"));
            entries.write("序号,姓名,地区,工作单位（学校）,备注\r\n".getBytes(UTF_8));
        }

        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(docx.toByteArray())), "not-a-spreadsheet");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(zip.toByteArray())), "not-a-spreadsheet");
    }

    @Test
    void refusesContentThatDisagreesWithTheExtension() {
        byte[] csv = "序号,姓名,地区,工作单位（学校）,备注\r\n".getBytes(UTF_8);
        var xlsx = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, "表", List.of(), xlsx);

        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(csv)), "not-a-spreadsheet");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(xlsx.toByteArray())), "not-a-spreadsheet");
    }

    @Test
    void refusesOtherFileTypesByTheirName() {
        var rejected = assertRejected(() -> SheetFiles.read(LAYOUT, "学员名单.pdf", stream("%PDF-1.7".getBytes(UTF_8))),
                "unknown-type");
        assertThat(rejected.arguments()).containsExactly("学员名单.pdf");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xls", stream(new byte[] {1})), "unknown-type");
        assertRejected(() -> SheetFiles.read(LAYOUT, null, stream(new byte[] {1})), "unknown-type");
    }

    @Test
    void refusesAWrongHeaderNamingTheExpectedOne() {
        String csv = "序号,姓名,省份,工作单位（学校）,备注\r\n1,张伟,云南,一中,备注\r\n";

        var rejected = assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(csv.getBytes(UTF_8))),
                "header");

        assertThat(rejected.arguments()).containsExactly(LAYOUT_HEADER, "序号 | 姓名 | 省份 | 工作单位（学校） | 备注");
    }

    @Test
    void refusesAHeaderWithAColumnMoreOrLess() {
        String more = "序号,姓名,地区,工作单位（学校）,备注,职务\r\n";
        String less = "序号,姓名,地区,工作单位（学校）\r\n";
        String oneCell = "序号;姓名;地区;工作单位（学校）;备注\r\n1;张伟;云南;一中;备注\r\n";

        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(more.getBytes(UTF_8))), "header");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(less.getBytes(UTF_8))), "header");
        assertThat(assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(oneCell.getBytes(UTF_8))),
                "header").arguments()[1]).isEqualTo("序号;姓名;地区;工作单位（学校）;备注");
    }

    @Test
    void refusesMoreThanTenThousandRowsOrTheLayoutsLimit() {
        assertThat(SheetFiles.read(LAYOUT, "roster.csv", stream(csvOfRows(10_000)))).hasSize(10_000);

        var rejected = assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(csvOfRows(10_001))),
                "too-many-rows");

        assertThat(rejected.arguments()).containsExactly(10_000);
        assertThat(assertRejected(() -> SheetFiles.read(LAYOUT.withMaxRows(3), "roster.csv", stream(csvOfRows(4))),
                "too-many-rows").arguments()).containsExactly(3);
    }

    @Test
    void refusesMoreThanTenMegabytesWithoutReadingTheRest() {
        var endless = new InputStream() {

            long served;

            @Override
            public int read() {
                served++;
                return 'a';
            }
        };

        var rejected = assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", endless), "too-large");

        assertThat(rejected.arguments()).containsExactly(10);
        assertThat(endless.served).isLessThan(11L * 1024 * 1024);
        assertThat(SheetFiles.read(LAYOUT, "roster.csv", stream(csvOfSize(10 * 1024 * 1024)))).isNotEmpty();
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.csv", stream(csvOfSize(10 * 1024 * 1024 + 1))),
                "too-large");
        assertThat(assertRejected(() -> SheetFiles.read(LAYOUT.withMaxMegabytes(1), "roster.csv",
                stream(csvOfSize(1024 * 1024 + 1))), "too-large").arguments()).containsExactly(1);
    }

    @Test
    void refusesAWorkbookThatUnpacksToFarMoreThanItsSize() throws IOException {
        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                zip.write(spaces);
            }
        }
        var workbook = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, "表", cells(ROWS), workbook);

        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(bomb.toByteArray())), "too-large");
        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(workbook.toByteArray()))).hasSize(3);
        assertRejected(() -> SheetFiles.read(LAYOUT.withMaxUnpackedBytes(1024), "roster.xlsx",
                stream(workbook.toByteArray())), "too-large");
    }

    @Test
    void refusesAWorkbookWhoseXmlDeclaresEntitiesReadingNoFileAndExpandingNothing() throws IOException {
        var secret = java.nio.file.Files.createTempFile("counterpart-xxe", ".txt");
        java.nio.file.Files.writeString(secret, "NOT-FOR-THE-UPLOADER");
        var workbook = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, "表", cells(ROWS), workbook);
        // XXE: an external entity naming a file of the server, used as a cell's text.
        var external = withEntity(workbook.toByteArray(),
                "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        // "Billion laughs": ten entities, each ten of the one before, a gigabyte of text from a few hundred bytes.
        var laughs = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        var bomb = withEntity(workbook.toByteArray(), laughs.append("]>").toString(), "&l9;");

        long started = System.nanoTime();
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(external)), "not-a-spreadsheet");
        assertRejected(() -> SheetFiles.read(LAYOUT, "roster.xlsx", stream(bomb)), "not-a-spreadsheet");
        assertThat((System.nanoTime() - started) / 1_000_000).as("refused at once, nothing expanded").isLessThan(5_000);
        java.nio.file.Files.delete(secret);
    }

    /** The workbook with {@code doctype} declared in the part that holds 张伟, whose text becomes {@code text}. */
    static byte[] withEntity(byte[] workbook, String doctype, String text) throws IOException {
        var out = new ByteArrayOutputStream();
        boolean planted = false;
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook));
                var zip = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var part = new String(in.readAllBytes(), UTF_8);
                if (part.contains("张伟")) {
                    int prolog = part.startsWith("<?xml") ? part.indexOf("?>") + 2 : 0;
                    part = part.substring(0, prolog) + doctype + part.substring(prolog).replace("张伟", text);
                    planted = true;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part.getBytes(UTF_8));
            }
        }
        assertThat(planted).as("a part holds the name").isTrue();
        return out.toByteArray();
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulasInAWorkbook() throws IOException {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(LAYOUT, "表", List.of(DANGEROUS), out, XLSX);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(2);
            for (int column = 0; column < 5; column++) {
                assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(column).getStringCellValue()).startsWith("'");
            }
        }
        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(out.toByteArray()))).extracting(SheetRow::cells)
                .containsExactly(List.of("'-1", "'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-2+3"));
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulasInCsv() {
        var out = new ByteArrayOutputStream();
        SheetFiles.writeCsv(LAYOUT, List.of(DANGEROUS), out);

        assertThat(new String(out.toByteArray(), UTF_8))
                .endsWith("\r\n'-1,\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@SUM(A1),'-2+3\r\n");
        assertThat(SheetFiles.read(LAYOUT, "roster.csv", stream(out.toByteArray()))).extracting(row -> row.cell(1))
                .containsExactly("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void skipsBlankRowsAndReportsTheLinesTheRowsAreOn() {
        String csv = "\r\n序号,姓名,地区,工作单位（学校）,备注\r\n1,张伟,云南,一中,备注\r\n\r\n,,,,\r\n"
                + "2,李娜,新疆,\"二中\n（续）\",备注\r\n3,王芳,西藏,三中,备注\r\n";
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "附件1");
            row(sheet, 2, "序号", "姓名", "地区", "工作单位（学校）", "备注");
            row(sheet, 3, "1", "张伟", "云南", "一中", "备注");
            row(sheet, 4, " ", "", null, null, null);
            row(sheet, 7, "2", "李娜", "新疆", "二中", "备注");
        });

        assertThat(SheetFiles.read(LAYOUT, "roster.csv", stream(csv.getBytes(UTF_8))))
                .extracting(SheetRow::line, row -> row.cell(0))
                .containsExactly(tuple(3, "1"), tuple(6, "2"), tuple(7, "3"));
        assertThat(SheetFiles.read(LAYOUT, "roster.xlsx", stream(xlsx))).extracting(SheetRow::line, row -> row.cell(0))
                .containsExactly(tuple(4, "1"), tuple(8, "2"));
    }

    static List<List<String>> cells(List<SheetRow> rows) {
        return rows.stream().map(SheetRow::cells).toList();
    }

    static SheetRejected assertRejected(ThrowingCallable reading, String reason) {
        var thrown = new ArrayList<Throwable>();
        assertThatThrownBy(reading).isInstanceOfSatisfying(SheetRejected.class, rejected -> {
            assertThat(rejected.messageKey()).isEqualTo("sheets.rejected." + reason);
            thrown.add(rejected);
        });
        return (SheetRejected) thrown.get(0);
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static byte[] csvOfRows(int rows) {
        var csv = new StringBuilder("序号,姓名,地区,工作单位（学校）,备注\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",张伟,云南,一中,备注\r\n");
        }
        return csv.toString().getBytes(UTF_8);
    }

    /** A valid table of exactly {@code size} bytes: one row whose 备注 is padded. */
    static byte[] csvOfSize(int size) {
        byte[] start = "序号,姓名,地区,工作单位（学校）,备注\r\n1,张伟,云南,一中,".getBytes(UTF_8);
        byte[] csv = new byte[size];
        System.arraycopy(start, 0, csv, 0, start.length);
        Arrays.fill(csv, start.length, size, (byte) 'x');
        return csv;
    }

    static byte[] workbook(Consumer<Sheet> filling) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            filling.accept(workbook.createSheet("名单"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.length; column++) {
            if (cells[column] != null) {
                row.createCell(column).setCellValue(cells[column]);
            }
        }
        return row;
    }
}
