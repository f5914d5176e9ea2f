package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.counterpart.testing.NeedsCjkFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The statistics API and its files on the 2018 demo data, against the real database: the plan's 51 tasks,
 * Attachment 1's funding and trainees to the last digit (435.4 万元 of the commission's, 126 of the partners', 397
 * trainees; with joint vocational schooling 659.7), the enrolment programmes, a region's own figures, who may rebuild.
 * On a database that held the 2018 data before the statistics listened, the figures come from the baseline taken at
 * start-up; on a fresh one, from the demo data's events. Every test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class StatisticsApiIntegrationTests {

    static final String API = "/api/reporting";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    byte[] download(String path, String user) throws Exception {
        return mvc.perform(get(API + path).with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    static String text(Sheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void everyoneSignedInReadsThe2018FiguresAsTheNoticeHasThem() throws Exception {
        mvc.perform(get(API + "/2018/statistics").with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2018))
                .andExpect(jsonPath("$.tasks.total").value(51))
                .andExpect(jsonPath("$.tasks.byLeadOffice[0].code").value("bangongshi"))
                .andExpect(jsonPath("$.training.total.programmes").value(11))
                .andExpect(jsonPath("$.training.total.commissionFunding").value(435.4))
                .andExpect(jsonPath("$.training.total.partnerFunding").value(126))
                .andExpect(jsonPath("$.training.total.plannedTrainees").value(397))
                .andExpect(jsonPath("$.training.byMode[0].code").value("STUDY_IN_SHANGHAI"))
                .andExpect(jsonPath("$.training.byMode[0].plannedTrainees").value(177))
                .andExpect(jsonPath("$.enrolment.byProgramme.length()").value(12))
                .andExpect(jsonPath("$.enrolment.quota").value(990))
                .andExpect(jsonPath("$.enrolment.funding").value(224.3));
        for (var user : new String[] { "admin", "renshi", "shipei" }) {
            mvc.perform(get(API + "/2018/statistics").with(httpBasic(user, "demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void aPartnerRegionsFiguresAreItsOwn() throws Exception {
        mvc.perform(get(API + "/2018/statistics").param("region", "guizhou").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").exists())
                .andExpect(jsonPath("$.tasks.total").value(7))
                .andExpect(jsonPath("$.training.total.programmes").value(3))
                .andExpect(jsonPath("$.training.total.commissionFunding").value(57))
                .andExpect(jsonPath("$.training.total.partnerFunding").value(126))
                .andExpect(jsonPath("$.training.total.plannedTrainees").value(100))
                .andExpect(jsonPath("$.training.byRegion.length()").value(1))
                .andExpect(jsonPath("$.training.byRegion[0].code").value("guizhou"));
    }

    @Test
    void aRegionOrYearThatCannotBeIsRefusedAndNobodyUnknownReadsAnything() throws Exception {
        mvc.perform(get(API + "/2018/statistics").param("region", "atlantis").with(httpBasic("viewer", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.stats.region-unknown"))
                .andExpect(jsonPath("$.message").value("没有代码为“atlantis”的对口地区。"));
        mvc.perform(get(API + "/1999/statistics").with(httpBasic("viewer", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("reporting.stats.year-invalid"));
        mvc.perform(get(API + "/2018/statistics")).andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/2018/attachment-1.xlsx")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheCommissionOfficeRebuildsAndARebuildGivesTheSameFigures() throws Exception {
        var before = mvc.perform(get(API + "/2018/statistics").with(httpBasic("viewer", "demo"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (var user : new String[] { "viewer", "renshi", "shipei" }) {
            mvc.perform(post(API + "/statistics/rebuild").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }

        var rebuilt = mvc.perform(post(API + "/statistics/rebuild").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rebuiltAt").exists())
                .andExpect(jsonPath("$.replayed").isNumber()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // Who rebuilt them, when, and what came of it, in the administration log.
        assertThat(jdbc.queryForMap("SELECT action, done_by, username, outcome FROM reporting_administration_log "
                + "ORDER BY id DESC LIMIT 1")).containsEntry("action", "statistics-rebuild")
                .containsEntry("done_by", "委办公室（信息办）").containsEntry("username", "admin")
                .containsEntry("outcome", "replayed=" + JsonPath.read(rebuilt, "$.replayed") + ", skipped="
                        + JsonPath.read(rebuilt, "$.skipped"));

        var after = mvc.perform(get(API + "/2018/statistics").with(httpBasic("viewer", "demo"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void attachmentOneOf2018IsTheNoticesTableToTheLastDigit() throws Exception {
        mvc.perform(get(API + "/2018/attachment-1.xlsx").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("2018-attachment-1.xlsx")));

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download("/2018/attachment-1.xlsx", "viewer")))) {
            var sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("2018年上海市教委承担对口支援地区人力资源培训项目一览表");
            assertThat(text(sheet, 1, 3)).isEqualTo("资金安排（万元）");
            assertThat(sheet.getLastRowNum()).as("title, header, 12 rows, 合计").isEqualTo(14);
            var expected = new String[][] { { "喀什“影子校长”培训", "来沪进修", "96", "40", "3个月", "市师资培训中心" },
                    { "日喀则市教育管理干部“影子校长”培训", "来沪进修", "36", "15", "3个月", "市师资培训中心" },
                    { "果洛中小学校长及后备校长培训", "来沪进修", "72", "30", "3个月", "市师资培训中心" },
                    { "果洛中学新招录教师", "来沪进修", "134.4", "42", "4个月", "市师资培训中心" },
                    { "遵义“金种子”校长培训", "来沪进修", "20（遵义自筹52万）", "40", "2个月", "市师资培训中心" },
                    { "遵义“影子”校长培训", "来沪进修", "30（遵义自筹60万）", "10", "10个月", "市师资培训中心" },
                    { "喀什中小学教研活动培训", "赴当地讲学", "10", "40", "5-7天", "市教委教研室" },
                    { "喀什中小学心理辅导培训", "赴当地讲学", "10", "40", "5-7天", "市德育中心" },
                    { "喀什教育督导培训", "赴当地讲学", "10", "40", "5-7天", "市教育督导事务中心" },
                    { "日喀则财务会计领军人才培训", "赴当地讲学", "10", "50", "7天", "上海立信会计金融学院" },
                    { "遵义深度贫困地区教师培训", "来沪办班", "7（遵义自筹14万）", "50", "7天", "市师资培训中心" } };
            for (int i = 0; i < expected.length; i++) {
                var row = sheet.getRow(2 + i);
                assertThat(row.getCell(0).getNumericCellValue()).as("序号 of row %d", i + 1).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected[i][0]);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected[i][1]);
                assertThat(row.getCell(3).getStringCellValue()).as("资金安排 of row %d", i + 1)
                        .isEqualTo(expected[i][2]);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(Integer.parseInt(expected[i][3]));
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(expected[i][4]);
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(expected[i][5]);
            }
            var twelve = sheet.getRow(13);
            assertThat(twelve.getCell(0).getNumericCellValue()).isEqualTo(12);
            assertThat(twelve.getCell(1).getStringCellValue()).isEqualTo("中职联合办学");
            assertThat(twelve.getCell(3).getStringCellValue()).isEqualTo("224.3");
            var total = sheet.getRow(14);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(3).getStringCellValue()).isEqualTo("659.7");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(397);
        }
    }

    @Test
    void attachmentTwoOf2018HasTheFiftyOneTasksOfThePlan() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download("/2018/attachment-2.xlsx", "viewer")))) {
            var sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("2018年上海教育东西部扶贫协作和对口支援主要工作任务表");
            assertThat(text(sheet, 1, 0)).isEqualTo("序号");
            assertThat(sheet.getLastRowNum()).isEqualTo(52);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(text(sheet, 2, 1)).isEqualTo("云南");
            assertThat(text(sheet, 2, 2)).isEqualTo("全面推进沪滇教育扶贫协作");
            assertThat(sheet.getRow(52).getCell(0).getNumericCellValue()).isEqualTo(51);
            assertThat(text(sheet, 52, 1)).isEqualTo("其他省市");
        }
    }

    @Test
    void theStatisticsWorkbookHasASheetPerTableWithTheTrainingTotals() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download("/2018/statistics.xlsx", "viewer")))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(12);
            var sheet = book.getSheet("培训项目按对口地区");
            assertThat(text(sheet, 1, 0)).isEqualTo("对口地区");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue())).isEqualByComparingTo("435.4");
            assertThat(BigDecimal.valueOf(total.getCell(3).getNumericCellValue())).isEqualByComparingTo("126");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(397);

            var reports = book.getSheet("信息报送完整度按报送单位");
            assertThat(text(reports, 1, 0)).isEqualTo("报送单位");
            var reportTotal = reports.getRow(reports.getLastRowNum());
            assertThat(reportTotal.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(reportTotal.getCell(2).getNumericCellValue()).as("expected").isEqualTo(10);
            assertThat(reportTotal.getCell(3).getNumericCellValue()).as("reported").isEqualTo(4);
            assertThat(reportTotal.getCell(6).getNumericCellValue()).as("missing").isEqualTo(6);
            assertThat(BigDecimal.valueOf(reportTotal.getCell(8).getNumericCellValue())).isEqualByComparingTo("40");
        }
    }

    /**
     * The demo's five duties of 2018, every period of them due by now: 10 periods expected, 4 reported (3 on time, 1
     * late; 3 accepted), 6 missing — 市群益职校's half-year reports were returned or are still drafts. The commission
     * office and viewers see every unit and office; a unit its own.
     */
    @Test
    void theInformationReportsCountByCompletenessAndAUnitSeesItsOwn() throws Exception {
        mvc.perform(get(API + "/2018/statistics").with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reports.duties").value(5))
                .andExpect(jsonPath("$.reports.total.expected").value(10))
                .andExpect(jsonPath("$.reports.total.reported").value(4))
                .andExpect(jsonPath("$.reports.total.onTime").value(3))
                .andExpect(jsonPath("$.reports.total.late").value(1))
                .andExpect(jsonPath("$.reports.total.accepted").value(3))
                .andExpect(jsonPath("$.reports.total.missing").value(6))
                .andExpect(jsonPath("$.reports.byReporter[*].reporter.code")
                        .value(org.hamcrest.Matchers.contains("renshi", "zhijiao", "shipei", "qunyi")))
                .andExpect(jsonPath("$.reports.byKind[0].kind").value("NEWS"))
                .andExpect(jsonPath("$.reports.byKind[0].duties").value(2));
        mvc.perform(get(API + "/2018/statistics").with(httpBasic("shipei", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reports.duties").value(2))
                .andExpect(jsonPath("$.reports.byReporter.length()").value(1))
                .andExpect(jsonPath("$.reports.byReporter[0].reporter.code").value("shipei"))
                .andExpect(jsonPath("$.reports.total.expected").value(5))
                .andExpect(jsonPath("$.reports.total.onTime").value(2))
                .andExpect(jsonPath("$.reports.total.late").value(1));
        // In 云南 only 职教处's summary of task 3 counts.
        mvc.perform(get(API + "/2018/statistics").param("region", "yunnan").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reports.duties").value(1))
                .andExpect(jsonPath("$.reports.byReporter[0].reporter.code").value("zhijiao"));

        var csv = new String(download("/2018/statistics/reports-by-completeness.csv", "viewer"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF报送单位,报送任务数,应报期数,实报,按时,迟报,缺报,已采用,完整率（%）,及时率（%）")
                .contains("\r\n职教处,1,1,1,1,0,0,1,100.0,100.0").contains("\r\n合计,5,10,4,3,1,6,3,40.0,30.0");
    }

    @Test
    void aTableAsCsvIsUtf8WithAByteOrderMarkInTheReadersLanguage() throws Exception {
        var zh = download("/2018/statistics/training-by-mode.csv", "viewer");
        assertThat(zh).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(zh, StandardCharsets.UTF_8)).startsWith("\uFEFF培训方式,项目数,市教委经费（万元）")
                .contains("\r\n来沪进修,6,388.4,112,").contains("\r\n合计,11,435.4,126,");

        var en = mvc.perform(get(API + "/2018/statistics/training-by-mode.csv").header("Accept-Language", "en")
                .with(httpBasic("viewer", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(en, StandardCharsets.UTF_8)).startsWith("\uFEFFTraining mode,Programmes,")
                .contains("Study in Shanghai,6,388.4,");

        mvc.perform(get(API + "/2018/statistics/nothing-like-it.csv").with(httpBasic("viewer", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("reporting.stats.table-unknown"));
    }

    @Test
    void aYearWithoutProgrammesOrPlanHasNoAttachments() throws Exception {
        // 2000: the first year the statistics answer for, and one no test plans (MilestonesSavedAtOnceIntegrationTests
        // draws its own year from 2001-2015, and once drew 2003, which this test used to ask for).
        mvc.perform(get(API + "/2000/attachment-1.xlsx").with(httpBasic("viewer", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error")
                        .value("reporting.export.attachment1-none"));
        mvc.perform(get(API + "/2000/attachment-2.xlsx").with(httpBasic("viewer", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error")
                        .value("reporting.export.attachment2-none"));
    }

    @Test
    @NeedsCjkFont
    void thePrintableSummaryCarriesTheTablesAndTheirFigures() throws Exception {
        mvc.perform(get(API + "/2018/statistics.pdf").with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        try (var document = Loader.loadPDF(download("/2018/statistics.pdf", "viewer"))) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2018年教育东西部扶贫协作和对口支援统计", "培训项目按对口地区", "435.4", "397",
                    "工作任务按状态", "信息报送完整度按报送单位", "市师资培训中心");
        }
    }
}
