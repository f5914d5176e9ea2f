package org.counterpart.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and ChromeDriver (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium.
 * Browser tests run wherever both are installed; {@code COUNTERPART_TEST_BROWSER_REQUIRED=true} (set by
 * {@code .ci/run}) makes their absence a failure instead of a skip.
 */
class Chromium implements ExecutionCondition {

    static final Path BROWSER = Path.of(System.getenv().getOrDefault("COUNTERPART_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("COUNTERPART_CHROMEDRIVER", "/usr/bin/chromedriver"));

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("COUNTERPART_TEST_BROWSER_REQUIRED"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if (required()) {
            throw new IllegalStateException("COUNTERPART_TEST_BROWSER_REQUIRED is set, but " + BROWSER + " or " + DRIVER
                    + " is missing: install Debian's chromium and chromium-driver");
        }
        return ConditionEvaluationResult.disabled("no Chromium here and COUNTERPART_TEST_BROWSER_REQUIRED is not set");
    }

    /** A new headless browser with an empty profile, as the machine's closed network needs it. */
    static ChromeDriver start() throws Exception {
        var profile = Files.createTempDirectory("counterpart-chromium");
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
