package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The statistics dashboard in a real Chromium against the packaged application: the 2018 figures kept from the demo
 * data's events drawn as ECharts charts with their tables, in Chinese and in English, for all regions and one, and
 * the official tables downloaded with the browser's session.
 */
class ReportingDashboardBrowserTests extends BrowserJourney {

    @RegisterExtension
    static final PackagedApplication APP = new PackagedApplication();

    @Override
    protected PackagedApplication application() {
        return APP;
    }

    /**
     * Opens the dashboard of all regions, again until the demo data's events — delivered after start-up, one after
     * the other — have all been counted: the 397 trainees of Attachment 1.
     */
    private void openDashboard(String query) {
        browser.navigate().to(url("/reporting/dashboard" + query));
        wait.until(driver -> {
            if ("397".equals(driver.findElement(By.id("kpi-planned-trainees")).getText())) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
    }

    /** Downloads what a link points to with the browser's session, as the browser would. */
    private HttpResponse<byte[]> download(String href) throws Exception {
        var session = browser.manage().getCookieNamed("SESSION");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aViewerSeesTheYearsChartsWithTheirTablesAndDownloadsTheOfficialTables() throws Exception {
        signIn("viewer");
        browser.navigate().to(url("/reporting"));
        browser.findElement(By.id("dashboard-card")).click();
        wait.until(ExpectedConditions.urlContains("/reporting/dashboard"));
        openDashboard("?year=2018");

        assertThat(browser.findElement(By.id("dashboard-title")).getText()).isEqualTo("2018年教育东西部扶贫协作和对口支援统计");
        assertThat(browser.findElement(By.id("kpi-tasks")).getText()).isEqualTo("51");
        assertThat(browser.findElement(By.id("kpi-commission")).getText()).isEqualTo("435.4");
        assertThat(browser.findElement(By.id("kpi-partner")).getText()).isEqualTo("126");
        assertThat(browser.findElement(By.id("kpi-quota")).getText()).as("the demo's 33 students but one withdrawn")
                .isEqualTo("32 / 990");
        assertThat(browser.findElement(By.id("kpi-subsidies")).getText()).as("in thousands").isEqualTo("52,500");
        assertThat(browser.findElement(By.id("kpi-completeness")).getText()).as("4 of the demo duties' 10 periods")
                .isEqualTo("40.0");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-training-by-region canvas")));
        var charts = browser.findElements(By.cssSelector("[data-chart]"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(chart -> assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty());
        var totals = browser.findElement(By.cssSelector("#table-training-by-region tfoot")).getText();
        assertThat(totals).contains("合计", "11", "435.4", "126", "397");
        assertThat(browser.findElement(By.cssSelector("#table-enrolment-by-programme tbody")).getText())
                .contains("中职联合办学", "224.3");
        assertThat(browser.findElement(By.cssSelector("#table-reports-by-completeness tbody")).getText())
                .contains("市师资培训中心", "职教处", "100.0");
        assertThat(browser.findElement(By.cssSelector("#table-reports-by-completeness tfoot")).getText())
                .contains("合计", "40.0", "30.0");
        assertThat(browser.findElements(By.cssSelector("#chart-reports-by-completeness canvas"))).isNotEmpty();

        var csv = download(browser.findElement(By.id("csv-training-by-region")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF对口地区,项目数,市教委经费（万元）")
                .contains("\r\n合计,11,435.4,126,");

        var attachment = download(browser.findElement(By.id("export-attachment-1")).getAttribute("href"));
        assertThat(attachment.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(attachment.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(13).getCell(1).getStringCellValue()).isEqualTo("中职联合办学");
            assertThat(sheet.getRow(13).getCell(3).getStringCellValue()).isEqualTo("224.3");
            assertThat(sheet.getRow(14).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(14).getCell(3).getStringCellValue()).isEqualTo("659.7");
        }
        var pdf = download(browser.findElement(By.id("export-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theDashboardSpeaksEnglishAndShowsOnePartnerRegionWhenOneIsChosen() {
        signIn("viewer");
        openDashboard("?year=2018&lang=en");

        assertThat(browser.findElement(By.className("page-title")).getText()).isEqualTo("Statistics dashboard");
        assertThat(browser.findElement(By.cssSelector("#table-training-by-mode tbody")).getText())
                .contains("Study in Shanghai", "388.4");

        new Select(browser.findElement(By.id("dashboard-region"))).selectByValue("guizhou");
        wait.until(ExpectedConditions.urlContains("region=guizhou"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-training-by-mode canvas")));

        assertThat(browser.findElement(By.id("dashboard-title")).getText()).endsWith("· Guizhou");
        assertThat(browser.findElement(By.id("kpi-commission")).getText()).isEqualTo("57");
        assertThat(browser.findElement(By.id("kpi-planned-trainees")).getText()).isEqualTo("100");
        assertThat(browser.findElement(By.id("kpi-tasks")).getText()).isEqualTo("7");

        // Back to Chinese on the same page: the year and region chosen stay.
        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("page-title"), "统计看板"));
        assertThat(browser.getCurrentUrl()).contains("year=2018", "region=guizhou", "lang=zh");
        assertThat(browser.findElement(By.id("dashboard-title")).getText()).endsWith("· 贵州");
        assertThat(browser.findElement(By.id("kpi-tasks")).getText()).isEqualTo("7");
    }
}
