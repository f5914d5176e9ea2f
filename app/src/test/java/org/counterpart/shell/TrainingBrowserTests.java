package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Running a training programme in a real Chromium against the packaged application: the implementing unit plans a
 * cohort, imports its roster, starts it, takes attendance, finishes it and issues certificates; anyone checks one.
 */
class TrainingBrowserTests extends BrowserJourney {

    @RegisterExtension
    static final PackagedApplication APP = PackagedApplication.sharedDemo();

    @Override
    protected PackagedApplication application() {
        return APP;
    }

    @Test
    void theUnitRunsACohortFromRosterToCertificatesAndAnyoneChecksOne() {
        signIn("shipei");
        browser.navigate().to(url("/training"));
        browser.findElement(By.cssSelector("#programme-3 a.task-link")).click();

        browser.findElement(By.name("name")).sendKeys("第一期");
        setDate("start", "2018-09-10");
        setDate("end", "2018-12-07");
        browser.findElement(By.name("place")).sendKeys("上海");
        browser.findElement(By.id("cohort-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster-form")));

        browser.findElement(By.id("roster-file")).sendKeys(
                Path.of("src", "test", "resources", "training", "roster-good.csv").toAbsolutePath().toString());
        browser.findElement(By.id("roster-preview-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster-preview")));
        assertThat(browser.findElement(By.id("roster-preview")).getText()).contains("丹增", "卓玛");
        browser.findElement(By.id("roster-apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster"), "卓玛"));

        browser.findElement(By.id("cohort-start")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cohort-status"), "培训中"));
        browser.findElement(By.id("attendance-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已保存考勤。"));

        browser.findElement(By.id("complete-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cohort-status"), "已结业"));
        browser.findElement(By.id("issue-certificates")).click();
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已颁发 2 份结业证书。"));
        var code = browser.findElement(By.cssSelector("#roster a.code")).getText();
        assertThat(code).startsWith("CP-2018-");

        browser.manage().deleteAllCookies();
        browser.navigate().to(url("/verify"));
        browser.findElement(By.id("verify-code")).sendKeys(code.toLowerCase());
        browser.findElement(By.id("verify-submit")).click();
        var genuine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-genuine")));
        assertThat(genuine.getText()).contains("证书真实有效", "丹增", "果洛中小学校长及后备校长培训");

        browser.navigate().to(url("/verify/CP-2018-FAKE0-CODE1"));
        assertThat(browser.findElement(By.id("verify-forged")).getText()).contains("没有编号为");
    }

    private void setDate(String name, String isoDate) {
        // A date input takes its value from script reliably in every locale, unlike typed keys.
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.name(name)), isoDate);
    }

}
