package org.counterpart.planning.adapter.in.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.counterpart.planning.PlanSheetRow;
import org.junit.jupiter.api.Test;

class PlanFilesTests {

    static final String NOTICE_HEADER = "序号 | 实施地区 | 实施项目 | 责任处室（承办单位） | 工作要求";

    final PlanFiles files = new PlanFiles();

    static final List<PlanSheetRow> NOTICE_ROWS = List.of(
            new PlanSheetRow(2, "1", "云南", "全面推进沪滇教育扶贫协作", "委办公室（信息办）、人事处、基教处、职教处、高教处（同济大学）",
                    "根据沪滇两地共同签署的《2018-2020年沪滇教育扶贫协作协议》，建立扶贫协作协商制度。"),
            new PlanSheetRow(3, "4", "云南", "推进沪滇职教联盟建设", "职教处", "建立沪滇职业教育联盟，并依托职教联盟，打赢对口帮扶云南脱贫攻坚战。"),
            new PlanSheetRow(4, "5", "云南", "开展沪滇远程教育研究与建设", "委办公室（信息办）\n（市电教馆）",
                    "推进两地远程教育合作，\n共享优质数字教育资源。"));

    @Test
    void readsTheNoticesTableAsCsvWithTheTwoLineHeaderAndMultiLineCells() {
        String csv = """
                序号,实施地区,实施项目,"责任处室
                （承办单位）",工作要求
                1,云南,全面推进沪滇教育扶贫协作,委办公室（信息办）、人事处、基教处、职教处、高教处（同济大学）,\
                根据沪滇两地共同签署的《2018-2020年沪滇教育扶贫协作协议》，建立扶贫协作协商制度。
                4,云南,推进沪滇职教联盟建设,职教处,建立沪滇职业教育联盟，并依托职教联盟，打赢对口帮扶云南脱贫攻坚战。
                5,云南,开展沪滇远程教育研究与建设,"委办公室（信息办）
                （市电教馆）","推进两地远程教育合作，
                共享优质数字教育资源。"
                """;

        assertThat(files.read("2018年工作任务表.csv", stream(csv.getBytes(UTF_8)))).isEqualTo(NOTICE_ROWS);
    }

    @Test
    void acceptsTheHeaderWithHalfWidthParenthesesSpacesAndAByteOrderMark() {
        String csv = "\uFEFF 序 号 ,实施地区,实施项目,责任处室 (承办单位),工作要求\u3000\r\n1,云南,项目,职教处,要求\r\n";

        assertThat(files.read("plan.CSV", stream(csv.getBytes(UTF_8))))
                .containsExactly(new PlanSheetRow(2, "1", "云南", "项目", "职教处", "要求"));
    }

    @Test
    void readsCsvSavedInGb18030AsExcelInChinaSavesIt() {
        var gb18030 = Charset.forName("GB18030");
        String csv = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n12,新疆喀什,“影子校长”培训,人事处（市师资培训中心）,来沪进修\r\n";

        assertThat(files.read("plan.csv", stream(csv.getBytes(gb18030))))
                .containsExactly(new PlanSheetRow(2, "12", "新疆喀什", "“影子校长”培训", "人事处（市师资培训中心）", "来沪进修"));
    }

    @Test
    void readsAWorkbookWithNumbersAsWrittenAndFormulasAsTheirCachedValue() {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "附件2");
            row(sheet, 1, "2018年上海教育东西部扶贫协作和对口支援主要工作任务表");
            row(sheet, 2, "序号", "实施地区", "实施项目", "责任处室\n（承办单位）", "工作要求");
            Row first = row(sheet, 3, null, "云南", "全面推进沪滇教育扶贫协作", "委办公室（信息办）", "第一行\n第二行");
            first.createCell(0).setCellValue(1.0);
            Row second = row(sheet, 4, null, "云南", "做好对云南地区的教育培训工作", "人事处", "要求");
            Cell formula = second.createCell(0);
            formula.setCellFormula("1+1");
            formula.setCellValue(7);
            Row third = row(sheet, 5, "3", "云南", null, "职教处", "要求");
            Cell text = third.createCell(2);
            text.setCellFormula("\"继续\"&\"招生\"");
            text.setCellValue("缓存的文字");
            assertThat(List.of(formula.getCellType(), text.getCellType())).containsOnly(CellType.FORMULA);
        });

        assertThat(files.read("plan.xlsx", stream(xlsx))).containsExactly(
                new PlanSheetRow(4, "1", "云南", "全面推进沪滇教育扶贫协作", "委办公室（信息办）", "第一行\n第二行"),
                new PlanSheetRow(5, "7", "云南", "做好对云南地区的教育培训工作", "人事处", "要求"),
                new PlanSheetRow(6, "3", "云南", "缓存的文字", "职教处", "要求"));
    }

    @Test
    void givesTheTextOfACellMergedDownAColumnToEveryRowItSpans() {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "序号", "实施地区", "实施项目", "责任处室（承办单位）", "工作要求");
            row(sheet, 1, "1", "云南", "甲", "职教处", "要求一");
            row(sheet, 2, "2", null, "乙", "高教处", "要求二");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        });

        assertThat(files.read("plan.xlsx", stream(xlsx))).extracting(PlanSheetRow::regions)
                .containsExactly("云南", "云南");
    }

    @Test
    void readsBackTheWorkbookItWrites() {
        var out = new ByteArrayOutputStream();
        files.writeXlsx("2018年上海教育东西部扶贫协作和对口支援主要工作任务表", NOTICE_ROWS, out);

        List<PlanSheetRow> read = files.read("plan.xlsx", stream(out.toByteArray()));

        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(NOTICE_ROWS);
        assertThat(read).extracting(PlanSheetRow::line).containsExactly(3, 4, 5);
    }

    @Test
    void writesAWorkbookLaidOutAsTheNoticesTable() throws IOException {
        var out = new ByteArrayOutputStream();
        files.writeXlsx("2018年上海教育东西部扶贫协作和对口支援主要工作任务表", NOTICE_ROWS, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("2018年上海教育东西部扶贫协作和对口支援主要工作任务表");
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 4));
            Cell responsible = sheet.getRow(1).getCell(3);
            assertThat(responsible.getStringCellValue()).isEqualTo("责任处室\n（承办单位）");
            assertThat(responsible.getCellStyle().getWrapText()).isTrue();
            assertThat(workbook.getFontAt(responsible.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0) * 5);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void readsBackTheCsvItWrites() {
        var out = new ByteArrayOutputStream();
        files.writeCsv(NOTICE_ROWS, out);

        List<PlanSheetRow> read = files.read("plan.csv", stream(out.toByteArray()));

        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(NOTICE_ROWS);
        assertThat(read).extracting(PlanSheetRow::line).containsExactly(2, 3, 4);
    }

    @Test
    void writesCsvAsUtf8WithAByteOrderMarkAndCrlfLineEndings() {
        var out = new ByteArrayOutputStream();
        files.writeCsv(List.of(new PlanSheetRow(0, "1", "云南", "项目", "职教处", "要求")), out);

        assertThat(new String(out.toByteArray(), UTF_8))
                .isEqualTo("\uFEFF序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n1,云南,项目,职教处,要求\r\n");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(() -> files.read("plan.csv", stream(new byte[0])), "empty-file");
        assertRejected(() -> files.read("plan.csv", stream("\uFEFF\r\n , ,\r\n".getBytes(UTF_8))), "empty-file");
    }

    @Test
    void refusesAPictureOrRandomBytesNamedXlsx() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        var random = new byte[4096];
        new Random(2018).nextBytes(random);

        assertRejected(() -> files.read("plan.xlsx", stream(png)), "not-a-spreadsheet");
        assertRejected(() -> files.read("plan.xlsx", stream(random)), "not-a-spreadsheet");
        assertRejected(() -> files.read("plan.csv", stream(png)), "not-a-spreadsheet");
    }

    @Test
    void refusesAZipThatIsNoWorkbookLikeAWordDocument() throws IOException {
        var docx = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("序号 实施地区 实施项目 责任处室（承办单位） 工作要求");
            document.write(docx);
        }
        var zip = new ByteArrayOutputStream();
        try (var entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("plan.csv"));
            entries.write("序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n".getBytes(UTF_8));
        }

        assertRejected(() -> files.read("plan.xlsx", stream(docx.toByteArray())), "not-a-spreadsheet");
        assertRejected(() -> files.read("plan.xlsx", stream(zip.toByteArray())), "not-a-spreadsheet");
    }

    @Test
    void refusesContentThatDisagreesWithTheExtension() {
        byte[] csv = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n".getBytes(UTF_8);
        var xlsx = new ByteArrayOutputStream();
        files.writeXlsx("表", List.of(), xlsx);

        assertRejected(() -> files.read("plan.xlsx", stream(csv)), "not-a-spreadsheet");
        assertRejected(() -> files.read("plan.csv", stream(xlsx.toByteArray())), "not-a-spreadsheet");
    }

    @Test
    void refusesOtherFileTypesByTheirName() {
        var rejected = assertRejected(() -> files.read("工作任务表.pdf", stream("%PDF-1.7".getBytes(UTF_8))),
                "unknown-type");
        assertThat(rejected.arguments()).containsExactly("工作任务表.pdf");
        assertRejected(() -> files.read("plan.xls", stream(new byte[] {1})), "unknown-type");
        assertRejected(() -> files.read(null, stream(new byte[] {1})), "unknown-type");
    }

    @Test
    void refusesAWrongHeaderNamingTheExpectedOne() {
        String csv = "序号,地区,实施项目,责任处室（承办单位）,工作要求\r\n1,云南,项目,职教处,要求\r\n";

        var rejected = assertRejected(() -> files.read("plan.csv", stream(csv.getBytes(UTF_8))), "header");

        assertThat(rejected.arguments()).containsExactly(NOTICE_HEADER,
                "序号 | 地区 | 实施项目 | 责任处室（承办单位） | 工作要求");
    }

    @Test
    void refusesAHeaderWithAColumnMoreOrLess() {
        String more = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求,备注\r\n";
        String less = "序号,实施地区,实施项目,责任处室（承办单位）\r\n";
        String oneCell = "序号;实施地区;实施项目;责任处室（承办单位）;工作要求\r\n1;云南;项目;职教处;要求\r\n";

        assertRejected(() -> files.read("plan.csv", stream(more.getBytes(UTF_8))), "header");
        assertRejected(() -> files.read("plan.csv", stream(less.getBytes(UTF_8))), "header");
        assertThat(assertRejected(() -> files.read("plan.csv", stream(oneCell.getBytes(UTF_8))), "header")
                .arguments()[1]).isEqualTo("序号;实施地区;实施项目;责任处室（承办单位）;工作要求");
    }

    @Test
    void refusesMoreThanFiveThousandRows() {
        assertThat(files.read("plan.csv", stream(csvOfRows(5_000)))).hasSize(5_000);

        var rejected = assertRejected(() -> files.read("plan.csv", stream(csvOfRows(5_001))), "too-many-rows");

        assertThat(rejected.arguments()).containsExactly(5_000);
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

        var rejected = assertRejected(() -> files.read("plan.csv", endless), "too-large");

        assertThat(rejected.arguments()).containsExactly(10);
        assertThat(endless.served).isLessThan(11L * 1024 * 1024);
        assertThat(files.read("plan.csv", stream(csvOfSize(10 * 1024 * 1024)))).isNotEmpty();
        assertRejected(() -> files.read("plan.csv", stream(csvOfSize(10 * 1024 * 1024 + 1))), "too-large");
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

        assertRejected(() -> files.read("plan.xlsx", stream(bomb.toByteArray())), "too-large");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulasInAWorkbook() throws IOException {
        var out = new ByteArrayOutputStream();
        files.writeXlsx("表", List.of(dangerous()), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(2);
            for (int column = 0; column < 5; column++) {
                assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(column).getStringCellValue()).startsWith("'");
            }
        }
        assertThat(files.read("plan.xlsx", stream(out.toByteArray()))).extracting(PlanSheetRow::number,
                PlanSheetRow::regions, PlanSheetRow::project, PlanSheetRow::responsible, PlanSheetRow::requirements)
                .containsExactly(tuple("'-1", "'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-2+3"));
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulasInCsv() {
        var out = new ByteArrayOutputStream();
        files.writeCsv(List.of(dangerous()), out);

        assertThat(new String(out.toByteArray(), UTF_8))
                .endsWith("\r\n'-1,\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@SUM(A1),'-2+3\r\n");
        assertThat(files.read("plan.csv", stream(out.toByteArray()))).extracting(PlanSheetRow::regions)
                .containsExactly("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void skipsBlankRowsAndReportsTheLinesTheRowsAreOn() {
        String csv = "\r\n序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n1,云南,甲,职教处,要求\r\n\r\n,,,,\r\n"
                + "2,新疆,\"乙\n（续）\",高教处,要求\r\n3,西藏,丙,基教处,要求\r\n";
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "附件2");
            row(sheet, 2, "序号", "实施地区", "实施项目", "责任处室（承办单位）", "工作要求");
            row(sheet, 3, "1", "云南", "甲", "职教处", "要求");
            row(sheet, 4, " ", "", null, null, null);
            row(sheet, 7, "2", "新疆", "乙", "高教处", "要求");
        });

        assertThat(files.read("plan.csv", stream(csv.getBytes(UTF_8)))).extracting(PlanSheetRow::line,
                PlanSheetRow::number).containsExactly(tuple(3, "1"), tuple(6, "2"), tuple(7, "3"));
        assertThat(files.read("plan.xlsx", stream(xlsx))).extracting(PlanSheetRow::line, PlanSheetRow::number)
                .containsExactly(tuple(4, "1"), tuple(8, "2"));
    }

    static PlanSheetRow dangerous() {
        return new PlanSheetRow(0, "-1", "=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-2+3");
    }

    static PlanFileRejected assertRejected(ThrowingCallable reading, String reason) {
        var thrown = new ArrayList<Throwable>();
        assertThatThrownBy(reading).isInstanceOfSatisfying(PlanFileRejected.class, rejected -> {
            assertThat(rejected.messageKey()).isEqualTo("planning.import.rejected." + reason);
            thrown.add(rejected);
        });
        return (PlanFileRejected) thrown.get(0);
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static byte[] csvOfRows(int rows) {
        var csv = new StringBuilder("序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",云南,项目,职教处,要求\r\n");
        }
        return csv.toString().getBytes(UTF_8);
    }

    /** A valid plan of exactly {@code size} bytes: one row whose 工作要求 is padded. */
    static byte[] csvOfSize(int size) {
        byte[] start = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n1,云南,项目,职教处,".getBytes(UTF_8);
        byte[] csv = new byte[size];
        System.arraycopy(start, 0, csv, 0, start.length);
        Arrays.fill(csv, start.length, size, (byte) 'x');
        return csv;
    }

    static byte[] workbook(Consumer<Sheet> filling) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            filling.accept(workbook.createSheet("任务表"));
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
