package org.counterpart.planning.adapter.in.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.sheets.SheetRejected;
import org.junit.jupiter.api.Test;

/**
 * Planning's layout of the sheets library: the table of Attachment 2 as the notice prints it, and
 * {@link PlanSheetRow}s in and out. How files are read and refused is the library's, tested in its
 * {@code SheetFilesTests}.
 */
class PlanFilesTests {

    static final String NOTICE_HEADER = "序号 | 实施地区 | 实施项目 | 责任处室（承办单位） | 工作要求";

    static final String TITLE = "2018年上海教育东西部扶贫协作和对口支援主要工作任务表";

    final PlanFiles files = new PlanFiles();

    static final List<PlanSheetRow> NOTICE_ROWS = List.of(
            new PlanSheetRow(2, "1", "云南", "全面推进沪滇教育扶贫协作", "委办公室（信息办）、人事处、基教处、职教处、高教处（同济大学）",
                    "根据沪滇两地共同签署的《2018-2020年沪滇教育扶贫协作协议》，建立扶贫协作协商制度。"),
            new PlanSheetRow(3, "4", "云南", "推进沪滇职教联盟建设", "职教处", "建立沪滇职业教育联盟，并依托职教联盟，打赢对口帮扶云南脱贫攻坚战。"),
            new PlanSheetRow(4, "5", "云南", "开展沪滇远程教育研究与建设", "委办公室（信息办）\n（市电教馆）",
                    "推进两地远程教育合作，\n共享优质数字教育资源。"));

    @Test
    void readsTheNoticesTableWithItsTwoLineHeaderIntoPlanRows() {
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
    void writesAWorkbookLaidOutAsTheNoticesTable() throws IOException {
        var out = new ByteArrayOutputStream();
        files.writeXlsx(TITLE, NOTICE_ROWS, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE);
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 4));
            assertThat(sheet.getRow(1)).extracting(Cell::getStringCellValue)
                    .containsExactly("序号", "实施地区", "实施项目", "责任处室\n（承办单位）", "工作要求");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0) * 5);
        }
    }

    @Test
    void readsBackTheWorkbookItWrites() {
        var out = new ByteArrayOutputStream();
        files.writeXlsx(TITLE, NOTICE_ROWS, out);

        List<PlanSheetRow> read = files.read("plan.xlsx", stream(out.toByteArray()));

        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(NOTICE_ROWS);
        assertThat(read).extracting(PlanSheetRow::line).containsExactly(3, 4, 5);
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
    void writesCsvWithTheNoticesHeaderOnOneLine() {
        var out = new ByteArrayOutputStream();
        files.writeCsv(List.of(new PlanSheetRow(0, "1", "云南", "项目", "职教处", "要求")), out);

        assertThat(new String(out.toByteArray(), UTF_8))
                .isEqualTo("\uFEFF序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n1,云南,项目,职教处,要求\r\n");
    }

    @Test
    void refusesAnotherTableNamingTheNoticesHeader() {
        String roster = "姓名,性别,民族,地区,学校或单位,职务,联系电话\r\n张伟,男,汉族,云南,一中,教师,13812345678\r\n";

        assertThatThrownBy(() -> files.read("plan.csv", stream(roster.getBytes(UTF_8))))
                .isInstanceOfSatisfying(SheetRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("sheets.rejected.header");
                    assertThat(rejected.arguments()[0]).isEqualTo(NOTICE_HEADER);
                });
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
