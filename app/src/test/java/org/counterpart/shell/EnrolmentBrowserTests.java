package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The enrolment journeys in a real Chromium against the packaged application and its 2018 demo programmes: a host
 * school imports a student list (and a broken one adds nobody), moves a student on, the coordinating office grants a
 * subsidy once a term, and someone who sees only figures is refused a student's page. Each journey registers its own
 * students, with invented ID numbers whose check character is computed as GB 11643 does, so none depends on another.
 */
class EnrolmentBrowserTests extends BrowserJourney {

    @RegisterExtension
    static final PackagedApplication APP = PackagedApplication.sharedDemo();

    private static final Properties ZH = bundle("i18n/enrolment/messages.properties");

    @Override
    protected PackagedApplication application() {
        return APP;
    }

    @Test
    void theHostSchoolImportsAStudentListAfterPreviewingItAndABrokenListAddsNobody() throws Exception {
        signIn("xuexiao");
        openProgramme("JOINT_VOCATIONAL_SCHOOLING");

        // A list with a good row and a row whose check character is wrong: refused as a whole, line by line.
        var goodInBroken = nationalId("52030220030914", "121");
        var wrongCheck = withWrongCheck(nationalId("52030220031205", "133"));
        var broken = xlsx("broken.xlsx", List.of(
                row("吴永强", "男", "汉族", goodInBroken, "遵义", "红花岗区", "是", "上海市群益职业技术学校", "旅游服务与管理", "2018"),
                row("石美玲", "女", "苗族", wrongCheck, "遵义", "汇川区", "是", "上海市群益职业技术学校", "旅游服务与管理", "2018")));
        upload(broken);
        var problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
        assertThat(problems.getText()).contains("broken.xlsx", "第 3 行：" + message("enrolment.national-id.checksum"))
                .doesNotContain("第 2 行");
        assertThat(browser.findElements(By.id("import-preview"))).isEmpty();
        assertThat(studentTable()).doesNotContain("吴永强", "石美玲");

        // The corrected list: previewed with masked numbers, then applied.
        var first = nationalId("52030220030517", "301");
        var second = nationalId("52030220031102", "312");
        var good = xlsx("good.xlsx", List.of(
                row("杨晓梅", "女", "布依族", first, "遵义", "红花岗区", "是", "上海市群益职业技术学校", "旅游服务与管理", "2018"),
                row("龙小平", "男", "苗族", second, "遵义", "汇川区", "否", "上海市群益职业技术学校", "旅游服务与管理", "2018")));
        upload(good);
        var preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-preview")));
        assertThat(preview.getText()).contains("good.xlsx", "将登记 2 名学生", "杨晓梅", "龙小平", masked(first),
                masked(second), "上海市群益职业技术学校", "旅游服务与管理", "已录取")
                .doesNotContain(first, second, "待审批");
        shot("import-preview");

        browser.findElement(By.id("import-apply")).click();
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已导入 2 名学生。"));
        assertThat(studentRow("杨晓梅")).contains(masked(first), "上海市群益职业技术学校", "旅游服务与管理", "已录取")
                .doesNotContain(first);
        assertThat(studentRow("龙小平")).contains(masked(second), "已录取");
        assertThat(browser.findElement(By.id("fig-admitted")).getText()).isNotEqualTo("0");
        shot("programme-after-import");
    }

    @Test
    void theHostSchoolMovesAnAdmittedStudentToEnrolled() {
        signIn("xuexiao");
        openProgramme("JOINT_VOCATIONAL_SCHOOLING");
        var id = nationalId("52030220040203", "355");
        admit("潘家豪", "男", "汉族", id, "上海市群益职业技术学校", "旅游服务与管理", false);
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已登记潘家豪（已录取）。"));
        assertThat(browser.findElement(By.id("student-stage")).getText()).isEqualTo("已录取");
        assertThat(browser.findElement(By.id("student-national-id")).getText()).isEqualTo(masked(id));
        // A host school may not approve or reveal; it sees only its own moves.
        assertThat(browser.findElements(By.id("reveal-form"))).isEmpty();

        browser.findElement(By.id("move-ENROLLED")).click();
        wait.until(ExpectedConditions.textToBe(By.id("student-stage"), "在读"));
        assertThat(browser.findElement(By.id("flash-notice")).getText()).isEqualTo("潘家豪：已转为在读。");
        assertThat(browser.findElement(By.id("history")).getText()).contains("阶段", "已录取 → 在读", "上海市群益职业技术学校");
        shot("student-enrolled");

        browser.findElement(By.id("back-to-programme")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student-table")));
        assertThat(studentRow("潘家豪")).contains("在读");
    }

    @Test
    void theCoordinatingOfficeGrantsASubsidyOnceATerm() {
        // The commission office registers and enrols a student of a poor household; 职教处 grants the subsidy.
        signIn("admin");
        openProgramme("JOINT_VOCATIONAL_SCHOOLING");
        admit("冉红梅", "女", "土家族", nationalId("52030220030721", "368"), "上海市商业学校", "会计", true);
        wait.until(ExpectedConditions.textToBe(By.id("student-stage"), "已录取"));
        browser.findElement(By.id("move-ENROLLED")).click();
        wait.until(ExpectedConditions.textToBe(By.id("student-stage"), "在读"));
        var student = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        signIn("zhijiao");
        openProgramme("JOINT_VOCATIONAL_SCHOOLING");
        var programme = browser.getCurrentUrl();
        var before = yuan(browser.findElement(By.id("programme-subsidised")).getText());

        browser.navigate().to(student);
        assertThat(browser.findElement(By.id("grants-none")).getText()).isEqualTo("尚未发放补助。");
        grant("2018-2", "1500", "生活补助");
        wait.until(ExpectedConditions.textToBe(By.id("flash-notice"), "已发放2018学年第二学期补助 1,500.00 元。"));
        assertThat(browser.findElement(By.id("grant-table")).getText()).contains("2018学年第二学期", "1,500.00",
                "生活补助", "职教处");
        assertThat(browser.findElement(By.id("grant-total")).getText()).isEqualTo("1,500.00");
        assertThat(browser.findElement(By.id("history")).getText()).contains("发放补助", "2018学年第二学期，1,500.00 元，生活补助");

        browser.navigate().to(programme);
        assertThat(yuan(browser.findElement(By.id("programme-subsidised")).getText()))
                .isEqualByComparingTo(before.add(new BigDecimal("1500")));
        assertThat(yuan(browser.findElement(By.id("subsidy-total")).getText()))
                .isEqualByComparingTo(before.add(new BigDecimal("1500")));

        // The same term again is refused, with the reason, and nothing is added.
        browser.navigate().to(student);
        grant("2018-2", "800", "生活补助");
        var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-error")));
        assertThat(error.getText()).isEqualTo(message("enrolment.subsidy.twice", "冉红梅", "2018学年第二学期"));
        assertThat(browser.findElements(By.cssSelector("#grant-table tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("grant-total")).getText()).isEqualTo("1,500.00");
        shot("student-subsidy-refused");
    }

    @Test
    void whoSeesOnlyFiguresIsRefusedAStudentsPageAndASchoolOtherSchoolsStudents() {
        signIn("jijiao");
        openProgramme("JOINT_VOCATIONAL_SCHOOLING");
        var jointStudent = browser.findElement(By.cssSelector("#student-table tbody a.task-link")).getAttribute("href");
        openProgramme("XINJIANG_SENIOR_CLASS");
        var huiminStudent = browser.findElement(By.cssSelector("#student-table tbody a.task-link")).getAttribute("href");
        assertThat(studentTable()).contains("上海市回民中学");

        browser.manage().deleteAllCookies();
        signIn("viewer");
        openProgramme("JOINT_VOCATIONAL_SCHOOLING");
        assertThat(browser.findElement(By.id("programme-funding")).getText()).isEqualTo("224.3");
        assertThat(browser.findElements(By.id("student-table"))).isEmpty();
        assertThat(browser.findElement(By.id("students-hidden")).getText()).contains("学生个人信息仅对");
        browser.navigate().to(jointStudent);
        assertThat(browser.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("403");
        assertThat(browser.getPageSource()).doesNotContain("5203**********");

        browser.navigate().to(url("/enrolment?lang=en"));
        browser.findElement(By.cssSelector("#programme-JOINT_VOCATIONAL_SCHOOLING a.task-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("programme-name"), "Joint vocational schooling"));
        assertThat(browser.findElement(By.id("quota-table")).getText()).contains("Host school", "Quota",
                "Shanghai Qunyi Vocational and Technical School");
        shot("programme-viewer-en");
        browser.navigate().to(url("/enrolment?lang=zh"));

        browser.manage().deleteAllCookies();
        signIn("xuexiao");
        browser.navigate().to(huiminStudent);
        assertThat(browser.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("403");
    }

    // ---- steps ------------------------------------------------------------------------------------------------------

    private void openProgramme(String kind) {
        browser.navigate().to(url("/enrolment"));
        browser.findElement(By.cssSelector("#programme-" + kind + " a.task-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quota-table")));
    }

    private void upload(Path file) {
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-preview-submit")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("import-preview")),
                ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")),
                ExpectedConditions.visibilityOfElementLocated(By.id("import-error"))));
    }

    private void admit(String name, String gender, String ethnicity, String nationalId, String school, String major,
            boolean poverty) {
        browser.findElement(By.id("admit-name")).sendKeys(name);
        new Select(browser.findElement(By.id("admit-gender"))).selectByVisibleText(gender);
        browser.findElement(By.id("admit-ethnicity")).sendKeys(ethnicity);
        browser.findElement(By.id("admit-national-id")).sendKeys(nationalId);
        new Select(browser.findElement(By.id("admit-region"))).selectByVisibleText("遵义");
        new Select(browser.findElement(By.id("admit-school"))).selectByVisibleText(school);
        browser.findElement(By.id("admit-major")).sendKeys(major);
        if (poverty) {
            browser.findElement(By.id("admit-poverty")).click();
        }
        browser.findElement(By.id("admit-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student-stage")));
    }

    private void grant(String term, String amount, String purpose) {
        new Select(browser.findElement(By.id("grant-term"))).selectByValue(term);
        browser.findElement(By.id("grant-amount")).clear();
        browser.findElement(By.id("grant-amount")).sendKeys(amount);
        browser.findElement(By.id("grant-purpose")).clear();
        browser.findElement(By.id("grant-purpose")).sendKeys(purpose);
        browser.findElement(By.id("grant-submit")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("flash-notice")),
                ExpectedConditions.visibilityOfElementLocated(By.id("flash-error"))));
    }

    private String studentTable() {
        return browser.findElement(By.id("student-table")).getText();
    }

    private String studentRow(String name) {
        return browser.findElement(By.cssSelector("#student-table tr[data-student='" + name + "']")).getText();
    }

    /** A full-page screenshot beside the one {@link BrowserJourney} takes at the end, for looking at the pages. */
    private void shot(String name) {
        try {
            var size = browser.manage().window().getSize();
            var height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).intValue();
            browser.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height + 120, 6000)));
            var shots = Files.createDirectories(Path.of("target", "browser-screenshots"));
            Files.write(shots.resolve(getClass().getSimpleName() + "-" + name + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- data -------------------------------------------------------------------------------------------------------

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    /** A GB 11643 number: place and birth date (14 digits), a sequence (3), and the check character. */
    static String nationalId(String placeAndBirth, String sequence) {
        var first17 = placeAndBirth + sequence;
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    static String withWrongCheck(String number) {
        var right = number.charAt(17);
        return number.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    static String masked(String number) {
        return number.substring(0, 4) + "*".repeat(10) + number.substring(14);
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** A student list as a school fills in the template: the header, then one row per student, all as text. */
    private static Path xlsx(String name, List<String[]> rows) throws IOException {
        var file = Files.createTempDirectory("enrolment-lists").resolve(name);
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("学生名单");
            var header = sheet.createRow(0);
            var columns = List.of("姓名", "性别", "民族", "身份证号", "生源地", "县（市、区）", "建档立卡", "学校", "专业", "入学年份");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static BigDecimal yuan(String text) {
        return new BigDecimal(text.replace(",", "").strip());
    }

    /** The Chinese text the page shows for a refusal: the bundle's message, formatted as Spring formats it. */
    static String message(String key, Object... arguments) {
        var pattern = ZH.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no text for " + key);
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(arguments);
    }

    private static Properties bundle(String resource) {
        var properties = new Properties();
        try (var in = EnrolmentBrowserTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
