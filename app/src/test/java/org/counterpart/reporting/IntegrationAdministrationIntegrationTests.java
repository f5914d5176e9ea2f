package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.UnitKind;
import org.counterpart.testing.NeedsBroker;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The administrator's webhook and publication API and pages in the assembled application, on the real database: who
 * may use them (ADMIN; everyone else 403, nobody 401), secrets never echoed, refusals named. The broker is made to
 * refuse every message (an exchange name RabbitMQ reserves), so a real module's event stays incomplete for the
 * publications view and its resubmission.
 */
@NeedsBroker
@SpringBootTest(properties = { "counterpart.reporting.integration.broker.exchange=amq.counterpart-refused",
        "counterpart.reporting.integration.resubmit-interval=1h",
        "counterpart.reporting.integration.resubmit-older-than=1s" })
@AutoConfigureMockMvc
class IntegrationAdministrationIntegrationTests {

    static final String WEBHOOKS = "/api/reporting/webhooks";
    static final String PUBLICATIONS = "/api/reporting/publications";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterUnit registerUnit;

    @Test
    void onlyTheCommissionOfficeMayUseTheWebhookAndPublicationApi() throws Exception {
        for (var user : List.of("viewer", "jijiao", "shipei")) {
            mvc.perform(get(WEBHOOKS).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(post(WEBHOOKS).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"url\":\"https://x.example/h\",\"eventTypes\":[\"org.counterpart.*\"]}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get(PUBLICATIONS).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(post(PUBLICATIONS + "/resubmit").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
        mvc.perform(get(WEBHOOKS)).andExpect(status().isUnauthorized());
        mvc.perform(get(PUBLICATIONS)).andExpect(status().isUnauthorized());
        mvc.perform(get(WEBHOOKS).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get(PUBLICATIONS).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void onlyTheCommissionOfficeSeesTheWebhookAndPublicationPages() throws Exception {
        var viewer = signIn("viewer");
        mvc.perform(get("/reporting/webhooks").cookie(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/reporting/publications").cookie(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/reporting/publications/resubmit").cookie(viewer).with(csrf()))
                .andExpect(status().isForbidden());

        var admin = signIn("admin");
        mvc.perform(get("/reporting/webhooks").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Webhook 订阅")))
                .andExpect(content().string(containsString("org.counterpart.training.cohort-started.v1")));
        mvc.perform(get("/reporting/publications").param("lang", "en").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Incomplete event publications")));
    }

    @Test
    void aWebhookIsAddedListedAndRemovedWithoutItsSecretEverComingBack() throws Exception {
        var secret = "own-secret-" + UUID.randomUUID();
        var created = mvc.perform(post(WEBHOOKS).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"url":"https://finance.example/counterpart","label":"财政系统",
                         "eventTypes":["org.counterpart.training.*","org.counterpart.enrolment.subsidy-granted.v1"],
                         "secret":"%s"}""".formatted(secret)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret").value(nullValue()))
                .andExpect(jsonPath("$.subscription.label").value("财政系统"))
                .andExpect(jsonPath("$.subscription.createdBy").value("admin"))
                .andExpect(content().string(not(containsString(secret)))).andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.subscription.id");

        var made = mvc.perform(post(WEBHOOKS).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"org.counterpart.*\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String madeSecret = JsonPath.read(made, "$.secret");
        String madeId = JsonPath.read(made, "$.subscription.id");
        assertThat(madeSecret).as("made by the system, shown once").hasSizeGreaterThanOrEqualTo(40);

        var listed = mvc.perform(get(WEBHOOKS).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains(id, madeId).doesNotContain(secret).doesNotContain(madeSecret)
                .doesNotContain("\"secret\"");
        mvc.perform(get(WEBHOOKS + "/" + id).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.eventTypes").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "org.counterpart.training.*", "org.counterpart.enrolment.subsidy-granted.v1")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get(WEBHOOKS + "/" + id + "/deliveries").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());

        for (var subscription : List.of(id, madeId)) {
            mvc.perform(delete(WEBHOOKS + "/" + subscription).with(httpBasic("admin", "demo")))
                    .andExpect(status().isNoContent());
            mvc.perform(get(WEBHOOKS + "/" + subscription).with(httpBasic("admin", "demo")))
                    .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("reporting.webhook.not-found"));
        }
        // Each addition and removal is in the administration log, with who and which.
        mvc.perform(get("/reporting/publications").cookie(signIn("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("添加 Webhook 订阅")))
                .andExpect(content().string(containsString("删除 Webhook 订阅")))
                .andExpect(content().string(containsString("财政系统：https://finance.example/counterpart")));
    }

    @Test
    void aWebhookThatWillNotDoIsRefusedWithTheReasonInTheUsersLanguage() throws Exception {
        Map<String, String> refusals = Map.of(
                "{\"url\":\"ftp://x.example/h\",\"eventTypes\":[\"org.counterpart.*\"]}", "reporting.webhook.url-invalid",
                "{\"url\":\"https://x.example/h\",\"eventTypes\":[]}", "reporting.webhook.types-required",
                "{\"url\":\"https://x.example/h\",\"eventTypes\":[\"org.counterpart.planning.task-planned.v9\"]}",
                "reporting.webhook.type-unknown",
                "{\"url\":\"https://x.example/h\",\"eventTypes\":[\"org.counterpart.*\"],\"secret\":\"short\"}",
                "reporting.webhook.secret-too-short");
        for (var refusal : refusals.entrySet()) {
            mvc.perform(post(WEBHOOKS).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", "en").content(refusal.getKey()))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(refusal.getValue()))
                    .andExpect(jsonPath("$.message").value(not(containsString("reporting."))));
        }
        mvc.perform(get(WEBHOOKS + "/not-an-id").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
        mvc.perform(post(WEBHOOKS + "/" + UUID.randomUUID() + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                .with(httpBasic("admin", "demo"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("reporting.webhook.delivery-not-found"));
        mvc.perform(get(PUBLICATIONS).param("status", "completed").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.integration.status-unknown"));
    }

    @Test
    void anEventTheBrokerRefusedIsListedAsIncompleteAndCanBeResubmitted() throws Exception {
        var since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        var name = "对口测试单位-" + UUID.randomUUID().toString().substring(0, 8);
        registerUnit.register(new RegisterUnitCommand(name, "Counterpart test unit", UnitKind.SCHOOL));

        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        String held = null;
        while (held == null && Instant.now().isBefore(deadline)) {
            held = heldSince(since);
            Thread.sleep(200);
        }
        assertThat(held).as("the broker's publication of the unit's event, incomplete").isNotNull();
        Thread.sleep(1500);
        var attemptsBefore = attemptsOf(held);

        // Only a publication older than resubmit-older-than (1 s here) and not resubmitted within it is taken: on a
        // loaded machine the first press may come before that, so it is pressed again, as an administrator would.
        int resubmitted = 0;
        deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (resubmitted < 1 && Instant.now().isBefore(deadline)) {
            var answer = mvc.perform(post(PUBLICATIONS + "/resubmit").with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            resubmitted = JsonPath.<Integer>read(answer, "$.resubmitted");
            if (resubmitted < 1) {
                Thread.sleep(500);
            }
        }
        assertThat(resubmitted).as("publications resubmitted by the administrator").isGreaterThanOrEqualTo(1);

        var id = held;
        deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (attemptsOf(id) <= attemptsBefore && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(attemptsOf(id)).as("counted as one more attempt").isGreaterThan(attemptsBefore);
        mvc.perform(get("/reporting/publications").cookie(signIn("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("reporting.integration.broker")));
        var admin = signIn("admin");
        mvc.perform(post("/reporting/publications/resubmit").cookie(admin).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/reporting/publications*"));
        // Each press of the button, page or API, is in the administration log with who and how many.
        mvc.perform(get("/reporting/publications").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"administration-log\"")))
                .andExpect(content().string(containsString("委办公室（信息办）（admin）")))
                .andExpect(content().string(containsString("重新发送未完成的事件")))
                .andExpect(content().string(containsString("重新提交了 " + resubmitted + " 条")));
    }

    /** The id of an incomplete publication to the broker published since then, if any. */
    private String heldSince(Instant since) throws Exception {
        var body = publications();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items[?(@.listener == 'reporting.integration.broker')]");
        return items.stream().filter(i -> !Instant.parse((String) i.get("publishedAt")).isBefore(since))
                .map(i -> (String) i.get("id")).findFirst().orElse(null);
    }

    private int attemptsOf(String id) throws Exception {
        List<Integer> attempts = JsonPath.read(publications(), "$.items[?(@.id == '" + id + "')].attempts");
        return attempts.isEmpty() ? Integer.MAX_VALUE : attempts.get(0);
    }

    private String publications() throws Exception {
        return mvc.perform(get(PUBLICATIONS).param("status", "incomplete").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Cookie signIn(String user) throws Exception {
        // The session lives in the database (Spring Session JDBC); its cookie, SESSION, names it.
        return mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
    }
}
