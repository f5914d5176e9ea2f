package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The review of an information report in a real Chromium against the packaged application: 市师资培训中心 writes its
 * fourth-quarter news in the rich-text editor, attaches a PDF and submits it; the commission office returns it with a
 * comment; the unit reads the comment, changes the report and submits it again; the office accepts it. Each state is
 * on the page (and in a screenshot, in {@code target/browser-screenshots/}).
 */
class ReportingReportsBrowserTests extends BrowserJourney {

    @RegisterExtension
    static final PackagedApplication APP = PackagedApplication.sharedDemo();

    @Override
    protected PackagedApplication application() {
        return APP;
    }

    @Test
    void aUnitsReportIsReturnedWithACommentChangedResubmittedAndAccepted() throws Exception {
        signIn("shipei");
        browser.navigate().to(url("/reporting/reports/new"));
        var answers = new Select(browser.findElement(By.id("report-answers")));
        answers.getOptions().stream().filter(o -> o.getText().startsWith("2018年第4季度")).findFirst().orElseThrow()
                .click();
        assertThat(browser.findElement(By.id("report-kind")).isDisplayed()).as("the duty decides the kind").isFalse();
        browser.findElement(By.id("report-title")).sendKeys("喀什“影子校长”培训项目四季度工作信息");
        var editor = browser.findElement(By.id("report-editor"));
        editor.click();
        editor.sendKeys("四季度，第一期学员完成结业考核。");
        browser.findElement(By.cssSelector("[data-command=bold]")).click();
        editor.sendKeys("40 名学员全部结业。");
        shot("01-writing");
        browser.findElement(By.id("report-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已保存草稿。"));
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("草稿");
        var reportUrl = browser.getCurrentUrl();

        var pdf = Files.createTempFile("四季度简报", ".pdf");
        Files.write(pdf, pdf());
        browser.findElement(By.id("attachment-file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("attachment-upload")).click();
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已上传附件。"));
        assertThat(browser.findElement(By.id("attachments")).getText()).contains(pdf.getFileName().toString());
        browser.findElement(By.id("report-save-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已报送"));
        assertThat(browser.findElement(By.id("report-body-view")).getAttribute("innerHTML"))
                .contains("四季度，第一期学员完成结业考核。", "<b>40 名学员全部结业。</b>");
        shot("02-submitted");

        switchTo("admin");
        browser.navigate().to(url("/reporting/reports?status=SUBMITTED"));
        browser.findElement(By.linkText("喀什“影子校长”培训项目四季度工作信息")).click();
        browser.findElement(By.id("return-comment-input")).sendKeys("请补充结业考核的方式和优秀学员名单。");
        browser.findElement(By.id("report-return")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已退回"));
        shot("03-returned");

        switchTo("shipei");
        browser.navigate().to(reportUrl);
        assertThat(browser.findElement(By.id("return-comment")).getText()).contains("请补充结业考核的方式和优秀学员名单。");
        var area = browser.findElement(By.id("report-editor"));
        area.click();
        area.sendKeys(Keys.END);
        area.sendKeys(Keys.ENTER, "结业考核采用办学诊断报告答辩，评出优秀学员 8 名。");
        shot("04-changing");
        assertThat(browser.findElement(By.id("report-save-submit")).getText()).isEqualTo("保存并重新报送");
        browser.findElement(By.id("report-save-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已报送"));
        assertThat(browser.findElement(By.id("report-body-view")).getText()).contains("评出优秀学员 8 名");

        switchTo("admin");
        browser.navigate().to(reportUrl);
        browser.findElement(By.id("report-accept")).click();
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已采用"));
        // Every step and every change: written, the file attached, submitted, returned, the text changed,
        // submitted again, accepted.
        assertThat(browser.findElements(By.cssSelector("#report-history li"))).hasSize(7);
        assertThat(browser.findElement(By.id("report-history")).getText()).contains("创建了草稿",
                "上传了附件“" + pdf.getFileName() + "”", "退回修改", "请补充结业考核的方式和优秀学员名单。", "修改了正文",
                "修改后重新报送", "采用了信息");
        shot("05-accepted");

        browser.navigate().to(url("/reporting/completeness?reporter=UNIT:shipei"));
        assertThat(browser.findElement(By.id("completeness-table")).getText()).contains("市师资培训中心", "80.0%");
        shot("06-completeness");
        browser.navigate().to(url("/reporting/reports?lang=en"));
        assertThat(browser.findElement(By.id("report-table")).getText()).contains("Accepted");
    }

    @Test
    void theOfficeSetsADutyOnThePageAndTheOfficeReportingSeesItWithItsReminders() throws Exception {
        signIn("admin");
        browser.navigate().to(url("/reporting"));
        assertThat(browser.findElement(By.id("report-cards")).getText()).contains("信息", "报送任务", "完成情况");
        shot("07-index");

        browser.navigate().to(url("/reporting/duties?year=2018"));
        browser.findElement(By.cssSelector("#duty-new > summary")).click();
        new Select(browser.findElement(By.id("duty-reporter"))).selectByValue("OFFICE:renshi");
        new Select(browser.findElement(By.id("duty-subject"))).selectByValue("TASK:2018-9");
        new Select(browser.findElement(By.id("duty-kind"))).selectByValue("SUMMARY");
        new Select(browser.findElement(By.id("duty-frequency"))).selectByValue("ONCE");
        assertThat(browser.findElement(By.id("duty-days")).isDisplayed()).isFalse();
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("duty-due")),
                "2018-11-30");
        browser.findElement(By.id("duty-contact")).sendKeys("renshi@example.org");
        shot("08-duty-form");
        browser.findElement(By.id("duty-create")).click();
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已新建报送任务。"));
        assertThat(browser.findElement(By.id("duty-periods")).getText()).contains("2018年（一次性）", "2018-11-30",
                "缺报");
        shot("09-duty");

        switchTo("renshi");
        browser.navigate().to(url("/reporting/duties"));
        assertThat(browser.findElement(By.id("reminders")).getText()).contains("已逾期", "2018年下半年", "开展沪遵教育培训", "2019-01-10 截止");
        assertThat(browser.findElement(By.id("duty-table")).getText()).contains("开展沪遵教育培训",
                "做好对喀什地区的教育培训工作", "人事处");
        shot("10-office-duties");
        browser.findElement(By.cssSelector("#reminders a.button")).click();
        assertThat(new Select(browser.findElement(By.id("report-answers"))).getFirstSelectedOption().getText())
                .startsWith("2018年下半年");

        switchTo("viewer");
        browser.navigate().to(url("/reporting/reports"));
        assertThat(browser.findElements(By.cssSelector("#report-table .report-status")))
                .isNotEmpty().allSatisfy(chip -> assertThat(chip.getText()).isEqualTo("已采用"));
        browser.navigate().to(url("/reporting/reports/new"));
        assertThat(browser.getPageSource()).contains("403");
    }

    private void switchTo(String user) {
        browser.manage().deleteAllCookies();
        signIn(user);
    }

    private void shot(String name) throws Exception {
        var shots = Files.createDirectories(Path.of("target", "browser-screenshots"));
        Files.write(shots.resolve(getClass().getSimpleName() + "-" + name + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }

    private static byte[] pdf() throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
