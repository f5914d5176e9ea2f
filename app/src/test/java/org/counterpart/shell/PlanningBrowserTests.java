package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The planning journeys in a real Chromium against the packaged application and its 2018 demo plan. */
class PlanningBrowserTests extends BrowserJourney {

    /** Imports are never waited for there: the journey goes through the import's progress page. */
    @RegisterExtension
    static final PackagedApplication APP = PackagedApplication.sharedDemo();

    @Override
    protected PackagedApplication application() {
        return APP;
    }

    @Test
    void anOfficeFiltersThePlanDownToItsOwnTasksInARegion() {
        signIn("zhijiao");
        browser.navigate().to(url("/planning"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-total"), "51"));

        new Select(browser.findElement(By.id("f-region"))).selectByValue("qinghai");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-total"), "6"));
        browser.findElement(By.id("f-mine")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-total"), "2"));
        assertThat(browser.findElements(By.cssSelector("#task-table tbody tr"))).extracting(row -> row.getAttribute("id"))
                .containsExactly("task-32", "task-33");
    }

    @Test
    void theLeadOfficeStartsATaskAndRecordsProgress() {
        signIn("zhijiao");
        browser.navigate().to(url("/planning/2018/tasks/4"));

        browser.findElement(By.id("transition-start")).click();
        wait.until(ExpectedConditions.textToBe(By.id("task-status"), "实施中"));
        browser.findElement(By.cssSelector("#progress-form textarea")).sendKeys("沪滇职业教育联盟成立大会筹备完成");
        browser.findElement(By.id("progress-submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-log"), "沪滇职业教育联盟成立大会筹备完成"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("计划中", "实施中", "职教处");

        browser.findElement(By.id("reason-delay")).sendKeys("联盟章程待两地会签");
        browser.findElement(By.id("transition-delay")).click();
        wait.until(ExpectedConditions.textToBe(By.id("task-status"), "已延期"));
    }

    @Test
    void theCommissionOfficeImportsAPlanAfterSeeingThePreview() {
        signIn("admin");
        browser.navigate().to(url("/planning/2040/import"));

        browser.findElement(By.id("import-file")).sendKeys(
                Path.of("src", "test", "resources", "planning", "plan-2040.csv").toAbsolutePath().toString());
        browser.findElement(By.id("import-preview")).click();
        wait.until(ExpectedConditions.textToBe(By.id("count-added"), "3"));

        browser.findElement(By.id("import-apply")).click();
        // The progress page, asking every second, sends the browser on to the plan once the import is done.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-notice")));
        assertThat(browser.getCurrentUrl()).endsWith("/planning/2040");
        assertThat(browser.findElement(By.id("flash-notice")).getText()).isEqualTo("导入完成：新增 3 项，更新 0 项。");
        assertThat(browser.findElement(By.id("task-total")).getText()).contains("3");
    }

    @Test
    void aBrokenFileIsRefusedLineByLine() throws Exception {
        signIn("admin");
        var broken = Files.createTempFile("broken-plan", ".csv");
        Files.writeString(broken, "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\n1,火星,项目,职教处,要求\n");
        browser.navigate().to(url("/planning/2018/import"));

        browser.findElement(By.id("import-file")).sendKeys(broken.toString());
        browser.findElement(By.id("import-preview")).click();

        var problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
        assertThat(problems.getText()).contains("2", "未知的实施地区“火星”。");
        assertThat(browser.findElements(By.id("import-apply"))).isEmpty();
    }

}
