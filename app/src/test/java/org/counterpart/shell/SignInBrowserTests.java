package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The first journeys through the packaged application, in a real Chromium. */
class SignInBrowserTests extends BrowserJourney {

    @RegisterExtension
    static final PackagedApplication APP = PackagedApplication.sharedDemo();

    @Override
    protected PackagedApplication application() {
        return APP;
    }

    @Test
    void aUserSignsInAndLandsOnTheHomePageInChinese() {
        signIn("admin", "demo");

        assertThat(browser.findElement(By.id("current-user")).getText()).contains("委办公室（信息办）", "管理员");
        assertThat(browser.findElement(By.cssSelector(".page-title")).getText()).isEqualTo("首页");
        assertThat(browser.findElement(By.cssSelector("[data-nav=planning]")).getText()).isEqualTo("任务规划");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        signIn("admin", "not-the-password");

        var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isEqualTo("用户名或密码不正确，请重新输入。");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
        assertThat(browser.findElements(By.id("current-user"))).isEmpty();
    }

    @Test
    void theUserSwitchesToEnglishAndBack() {
        signIn("jijiao", "demo");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-nav=planning]"), "Task planning"));
        assertThat(browser.findElement(By.cssSelector(".page-title")).getText()).isEqualTo("Home");
        assertThat(browser.findElement(By.id("current-user")).getText()).contains("Office user", "Basic Education");

        browser.navigate().to(url("/directory"));
        assertThat(browser.findElement(By.cssSelector(".page-title")).getText()).isEqualTo("Directory");

        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".page-title"), "基础数据"));
    }

    @Test
    void theUserSignsOutAndMustSignInAgain() {
        signIn("viewer", "demo");

        browser.findElement(By.id("sign-out")).click();

        var signedOut = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
        assertThat(signedOut.getText()).isEqualTo("您已安全退出。");
        browser.navigate().to(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("current-user"))).isEmpty();
    }

    @Test
    void theAdministratorRegistersAUnitWithoutLeavingThePage() {
        signIn("admin", "demo");
        browser.navigate().to(url("/directory?tab=units"));
        var name = "浏览器登记单位" + UUID.randomUUID().toString().substring(0, 6);

        browser.findElement(By.name("nameZh")).sendKeys(name);
        new Select(browser.findElement(By.cssSelector("#unit-register select[name=kind]"))).selectByValue("SCHOOL");
        browser.findElement(By.cssSelector("#unit-register button[type=submit]")).click();

        var ok = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-register-ok")));
        assertThat(ok.getText()).isEqualTo("已登记承办单位“" + name + "”。");
        browser.findElement(By.id("unit-q")).sendKeys(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#units-table tbody"), name));

        browser.navigate().to(url("/"));
        assertThat(browser.findElement(By.cssSelector(".activity")).getText()).contains(name);
    }

    @Test
    void aMissingPageSaysSoInTheUsersLanguage() {
        signIn("renshi", "demo");

        browser.navigate().to(url("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("页面不存在");

        browser.navigate().to(url("/no-such-page?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    private void signIn(String username, String password) {
        submitSignIn(username, password);
        wait.until(driver -> !driver.getCurrentUrl().equals(url("/login")));
    }
}
