package org.counterpart.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey shares: a fresh headless Chromium per test, a screenshot of where each test ended (in
 * {@code target/browser-screenshots/}), and signing in as a demo account. Subclasses register the
 * {@link PackagedApplication} they run against.
 */
@ExtendWith(Chromium.class)
abstract class BrowserJourney {

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    /** The application the journeys of the subclass run against. */
    protected abstract PackagedApplication application();

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            var shots = Files.createDirectories(Path.of("target", "browser-screenshots"));
            var name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png";
            Files.write(shots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    protected String url(String path) {
        return application().baseUrl() + path;
    }

    /** Signs in through the page; the caller decides what to wait for after. */
    protected void submitSignIn(String username, String password) {
        browser.navigate().to(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** Signs in as a demo account (password {@code demo}) and waits for the signed-in layout. */
    protected void signIn(String username) {
        submitSignIn(username, "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }
}
