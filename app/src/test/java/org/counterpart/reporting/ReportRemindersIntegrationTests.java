package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The daily reminders on the real database, with a mail server set up — a local SMTP receiver: a period due within
 * three days is reminded of once, again once when overdue; the reminder goes to the duty's contact by e-mail, shows
 * to its unit or office until a report answers the period; two instances running the same day make it once. Each
 * test has a year of its own and is rolled back (but the one that needs two transactions).
 */
@SpringBootTest(properties = "counterpart.public-url=https://counterpart.example.org")
@AutoConfigureMockMvc
@Transactional
class ReportRemindersIntegrationTests {

    static final ReminderSmtpReceiver SMTP = ReminderSmtpReceiver.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stopMailServer() throws Exception {
        SMTP.close();
    }

    @Autowired
    ReminderRun reminders;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    int year;
    String contact;

    @BeforeEach
    void aYearAndAContactOfItsOwn() {
        year = 2060 + ThreadLocalRandom.current().nextInt(0, 40);
        contact = "jijiao-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    String duty(String contactEmail) throws Exception {
        var body = mvc.perform(post("/api/reporting/duties").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"year": %d, "office": "jijiao", "subject": "TASK:2018-21", "kind": "NEWS",
                         "frequency": "QUARTERLY", "daysAllowed": 10, "contactEmail": %s}
                        """.formatted(year, contactEmail == null ? "null" : "\"" + contactEmail + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    String remindersOf(String user) throws Exception {
        return mvc.perform(get("/api/reporting/reminders").with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPeriodDueSoonIsRemindedOfOnceAndAgainOnceWhenOverdue() throws Exception {
        var duty = duty(contact);

        assertThat(reminders.remind(LocalDate.of(year, 4, 7))).as("Q1 is due on 10 April").isEqualTo(1);
        assertThat(reminders.remind(LocalDate.of(year, 4, 7))).as("the day has run").isEqualTo(-1);
        assertThat(reminders.remind(LocalDate.of(year, 4, 8))).as("already reminded").isZero();
        assertThat(reminders.remind(LocalDate.of(year, 4, 11))).as("now overdue").isEqualTo(1);
        assertThat(reminders.remind(LocalDate.of(year, 4, 12))).isZero();

        var mine = remindersOf("jijiao");
        assertThat(JsonPath.<java.util.List<String>>read(mine, "$[?(@.duty == '" + duty + "')].kind"))
                .containsExactly("OVERDUE");
        assertThat(JsonPath.<java.util.List<String>>read(mine, "$[?(@.duty == '" + duty + "')].periodName"))
                .containsExactly(year + "年第1季度");
        mvc.perform(get("/api/reporting/reminders").with(httpBasic("zhijiao", "demo")))
                .andExpect(jsonPath("$[*].duty").value(not(hasItem(duty))));
        mvc.perform(get("/api/reporting/reminders").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[*].duty").value(hasItem(duty)));
        mvc.perform(get("/api/reporting/reminders").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aReminderIsEmailedToTheDutysContactInChinese() throws Exception {
        var duty = duty(contact);

        reminders.remind(LocalDate.of(year, 7, 8));

        var mails = SMTP.to(contact);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo(
                "【信息报送提醒】基教处：" + year + "年第2季度工作信息将于 " + year + "-07-10 截止");
        assertThat(mails.get(0).text()).contains("基教处", "做好内地西藏初中班和高中班、内地新疆高中班办班工作", year + "-07-10",
                "https://counterpart.example.org/reporting/duties");
        var mine = remindersOf("jijiao");
        assertThat(JsonPath.<java.util.List<Boolean>>read(mine, "$[?(@.duty == '" + duty + "')].emailed"))
                .containsExactly(true);

        reminders.remind(LocalDate.of(year, 7, 9));
        assertThat(SMTP.to(contact)).as("no second mail for the same reminder").hasSize(1);
    }

    @Test
    void aDutyWithoutAContactIsRemindedInTheApplicationOnly() throws Exception {
        var duty = duty(null);
        var before = SMTP.to(contact).size();

        assertThat(reminders.remind(LocalDate.of(year, 10, 9))).isEqualTo(1);

        assertThat(SMTP.to(contact)).hasSize(before);
        var mine = remindersOf("jijiao");
        assertThat(JsonPath.<java.util.List<Boolean>>read(mine, "$[?(@.duty == '" + duty + "')].emailed"))
                .containsExactly(false);
    }

    @Test
    void aSubmittedReportClosesItsReminder() throws Exception {
        var duty = duty(null);
        reminders.remind(LocalDate.of(year, 4, 9));
        assertThat(JsonPath.<java.util.List<String>>read(remindersOf("jijiao"), "$[*].duty")).contains(duty);

        var draft = mvc.perform(post("/api/reporting/reports").with(httpBasic("jijiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"duty": "%s", "period": "%d-Q1", "title": "一季度工作信息", "body": "<p>内地西藏班招生完成。</p>"}
                        """.formatted(duty, year))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<java.util.List<String>>read(remindersOf("jijiao"), "$[*].duty"))
                .as("a draft does not close it").contains(duty);
        mvc.perform(post("/api/reporting/reports/" + JsonPath.read(draft, "$.report.id") + "/submit")
                .with(httpBasic("jijiao", "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reporting/reminders").with(httpBasic("jijiao", "demo")))
                .andExpect(jsonPath("$[*].duty").value(not(hasItem(duty))));
        mvc.perform(get("/api/reporting/duties/" + duty).with(httpBasic("jijiao", "demo")))
                .andExpect(jsonPath("$.periods[0].state").value("ON_TIME"))
                .andExpect(jsonPath("$.periods[*].reportStatus").value(contains("SUBMITTED", null, null, null)));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoInstancesRunningTheSameDayMakeTheRemindersOnce() throws Exception {
        // A day of no year with duties: only the claim is made (and removed after).
        var day = LocalDate.of(3000 + ThreadLocalRandom.current().nextInt(0, 5000), 1, 1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Callable<Integer>>();
            runs.add(() -> reminders.remind(day));
            runs.add(() -> reminders.remind(day));
            var results = new ArrayList<Integer>();
            for (var future : pool.invokeAll(runs)) {
                results.add(future.get());
            }
            assertThat(results).containsExactlyInAnyOrder(0, -1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporting_reminder_run WHERE run_date = ?",
                    Integer.class, day)).isEqualTo(1);
        } finally {
            pool.shutdown();
            jdbc.update("DELETE FROM reporting_reminder_run WHERE run_date = ?", day);
        }
    }
}
