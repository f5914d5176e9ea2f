package org.counterpart.reporting.adapter.out.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.Chart;
import org.counterpart.reporting.StatisticsTable.ChartType;
import org.counterpart.reporting.StatisticsTable.Column;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.reporting.domain.Attachment1;
import org.counterpart.reporting.domain.Attachment1Tests;
import org.junit.jupiter.api.Test;

/** The workbooks and CSV files, opened as a spreadsheet would open them and read back cell by cell. */
class ExportSheetsTests {

    static StatisticsTables tables() {
        var training = new StatisticsTable("training-by-region", "培训项目按对口地区",
                List.of(new Column("对口地区", Kind.TEXT), new Column("项目数", Kind.COUNT),
                        new Column("市教委经费（万元）", Kind.AMOUNT), new Column("计划培训人数", Kind.COUNT)),
                List.of(List.of("新疆", 4L, new BigDecimal("126"), 160L),
                        List.of("青海", 2L, new BigDecimal("206.4"), 72L)),
                List.of("合计", 6L, new BigDecimal("332.4"), 232L),
                new Chart(ChartType.BAR, List.of(2), "万元", List.of(3), "人"), null);
        var overdue = new StatisticsTable("overdue-milestones", "逾期节点",
                List.of(new Column("任务序号", Kind.COUNT), new Column("牵头处室", Kind.TEXT)),
                List.of(List.of(9L, "=1+1"), List.of(10L, "@SUM(A1:A2)")), null, null, "尚未完成的逾期节点 2 个。");
        return new StatisticsTables(2018, "2018年教育东西部扶贫协作和对口支援统计", null, null,
                Locale.SIMPLIFIED_CHINESE, null, List.of(training, overdue));
    }

    static String text(Sheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void attachmentOneIsTheNoticesTableWithRowTwelveAndTheTotal() throws IOException {
        var table = Attachment1.of(2018, Attachment1Tests.programmes(),
                List.of(Attachment1Tests.jointVocationalSchooling()), UnitCode::value);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ExportSheets.attachment1(table)))) {
            var sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("2018年上海市教委承担对口支援地区人力资源培训项目一览表");
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(c -> text(sheet, 1, c)).containsExactly("序号",
                    "项目名称", "培训方式", "资金安排（万元）", "培训人数（人）", "培训时间", "项目实施单位");
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(text(sheet, 2, 1)).isEqualTo("喀什“影子校长”培训");
            assertThat(text(sheet, 6, 3)).isEqualTo("20（遵义自筹52万）");
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(40);
            assertThat(text(sheet, 8, 5)).isEqualTo("5-7天");
            var twelve = sheet.getRow(13);
            assertThat(twelve.getCell(0).getNumericCellValue()).isEqualTo(12);
            assertThat(twelve.getCell(1).getStringCellValue()).isEqualTo("中职联合办学");
            assertThat(twelve.getCell(3).getStringCellValue()).isEqualTo("224.3");
            assertThat(twelve.getCell(4).getStringCellValue()).isEmpty();
            var total = sheet.getRow(14);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(3).getStringCellValue()).isEqualTo("659.7");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(397);
            assertThat(sheet.getLastRowNum()).isEqualTo(14);
        }
    }

    @Test
    void attachmentTwoHasTheNoticesColumnsAndTheTasksAsPlanned() throws IOException {
        var rows = List.of(new PlanSheetRow(2, "1", "云南", "全面推进沪滇教育扶贫协作", "委办公室（信息办）、人事处（同济大学）",
                "根据沪滇两地共同签署的协议……"), new PlanSheetRow(3, "2", "云南", "做好对云南地区的教育培训工作", "人事处", "……"));

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ExportSheets.attachment2(
                "2018年上海教育东西部扶贫协作和对口支援主要工作任务表", rows)))) {
            var sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("2018年上海教育东西部扶贫协作和对口支援主要工作任务表");
            assertThat(text(sheet, 1, 3)).isEqualTo("责任处室\n（承办单位）");
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(text(sheet, 2, 2)).isEqualTo("全面推进沪滇教育扶贫协作");
            assertThat(text(sheet, 3, 1)).isEqualTo("云南");
        }
    }

    @Test
    void theStatisticsWorkbookHasOneSheetPerTableWithNumbersAsNumbers() throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ExportSheets.workbook(tables())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            var training = book.getSheet("培训项目按对口地区");
            assertThat(text(training, 0, 0)).isEqualTo("2018年教育东西部扶贫协作和对口支援统计 · 培训项目按对口地区");
            assertThat(text(training, 1, 2)).isEqualTo("市教委经费（万元）");
            assertThat(text(training, 2, 0)).isEqualTo("新疆");
            assertThat(training.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(training.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(training.getRow(3).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo("206.4");
            assertThat(text(training, 4, 0)).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(training.getRow(4).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo("332.4");
            assertThat(training.getPaneInformation().getHorizontalSplitPosition()).as("the header stays in view")
                    .isEqualTo((short) 2);
            assertThat(training.getNumMergedRegions()).as("the title across the columns").isEqualTo(1);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ExportSheets.workbook(tables())))) {
            var overdue = book.getSheet("逾期节点");
            for (int row = 2; row <= 3; row++) {
                var cell = overdue.getRow(row).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).startsWith("'");
            }
            assertThat(overdue.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(overdue.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'@SUM(A1:A2)");
        }
        var csv = new String(ExportSheets.csv(tables().tables().get(1)), StandardCharsets.UTF_8);
        assertThat(csv).contains("9,'=1+1\r\n", "10,'@SUM(A1:A2)\r\n");
    }

    @Test
    void aTableAsCsvIsUtf8WithAByteOrderMarkItsHeaderRowsAndTotals() {
        var bytes = ExportSheets.csv(tables().tables().get(0));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF对口地区,项目数,市教委经费（万元）,计划培训人数\r\n"
                + "新疆,4,126,160\r\n" + "青海,2,206.4,72\r\n" + "合计,6,332.4,232\r\n");
    }
}
