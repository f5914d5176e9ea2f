package org.counterpart.reporting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * Reporting duties and completeness through the API, on the 2018 demo duties and duties each test sets: the periods
 * and due days a duty derives, who sees and who sets duties, what a duty answered by reports keeps, and the year's
 * completeness and timeliness as the demo review left it. Every test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportDutiesApiIntegrationTests {

    static final String DUTIES = "/api/reporting/duties";

    @Autowired
    MockMvc mvc;

    ResultActions create(String user, String json) throws Exception {
        return mvc.perform(post(DUTIES).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static final String QUARTERLY = """
            {"year": 2018, "office": "jijiao", "subject": "TASK:2018-21", "kind": "NEWS", "frequency": "QUARTERLY",
             "daysAllowed": 10, "contactEmail": "jijiao@example.org", "note": "季度报送"}
            """;

    @Test
    void theCommissionOfficeSetsADutyAndItsPeriodsComeWithTheirDueDays() throws Exception {
        create("admin", QUARTERLY).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reporter.name").value("基教处"))
                .andExpect(jsonPath("$.subject.key").value("TASK:2018-21"))
                .andExpect(jsonPath("$.contactEmail").value("jijiao@example.org"))
                .andExpect(jsonPath("$.periods[*].period").value(contains("2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4")))
                .andExpect(jsonPath("$.periods[*].due").value(contains("2018-04-10", "2018-07-10", "2018-10-10",
                        "2019-01-10")))
                .andExpect(jsonPath("$.periods[*].state").value(everyItem(is("MISSING"))))
                .andExpect(jsonPath("$.missing").value(4));
        create("admin", """
                {"year": 2018, "unit": "qunyi", "subject": "TASK:2018-47", "kind": "SUMMARY", "frequency": "ONCE",
                 "dueOn": "2018-12-20"}
                """).andExpect(status().isCreated())
                .andExpect(jsonPath("$.periods[*].period").value(contains("2018-ONCE")))
                .andExpect(jsonPath("$.periods[0].due").value("2018-12-20"))
                .andExpect(jsonPath("$.periods[0].periodName").value("2018年（一次性）"));
    }

    @Test
    void unitsAndOfficesSeeTheirOwnDutiesAndViewersAllWithoutContacts() throws Exception {
        create("admin", QUARTERLY).andExpect(status().isCreated());
        mvc.perform(get(DUTIES).param("year", "2018").with(httpBasic("shipei", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$").isNotEmpty())
                .andExpect(jsonPath("$[*].reporter.code").value(everyItem(is("shipei"))));
        mvc.perform(get(DUTIES).param("year", "2018").with(httpBasic("jijiao", "demo")))
                .andExpect(jsonPath("$[*].reporter.code").value(everyItem(is("jijiao"))))
                .andExpect(jsonPath("$[*].contactEmail").value(hasItem("jijiao@example.org")));
        mvc.perform(get(DUTIES).param("unit", "qunyi").with(httpBasic("shipei", "demo"))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get(DUTIES).param("year", "2018").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$[*].reporter.code").value(hasItem("shipei")))
                .andExpect(jsonPath("$[*].reporter.code").value(hasItem("jijiao")))
                .andExpect(jsonPath("$[*].contactEmail").value(everyItem(nullValue())));
        mvc.perform(get(DUTIES).param("year", "2018").param("office", "jijiao").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[0].contactEmail").value("jijiao@example.org"));
    }

    @Test
    void onlyTheCommissionOfficeSetsChangesAndRemovesDuties() throws Exception {
        for (var user : new String[] { "shipei", "jijiao", "viewer" }) {
            create(user, QUARTERLY).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("reporting.duty.forbidden.manage"));
        }
        var id = JsonPath.read(body(create("admin", QUARTERLY)), "$.id").toString();
        for (var user : new String[] { "jijiao", "shipei", "viewer" }) {
            mvc.perform(put(DUTIES + "/" + id).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content(QUARTERLY.replace("}", ", \"version\": 0}"))).andExpect(status().isForbidden());
            mvc.perform(delete(DUTIES + "/" + id).param("version", "0").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(DUTIES + "/" + id).with(httpBasic("shipei", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get(DUTIES + "/" + id).with(httpBasic("jijiao", "demo"))).andExpect(status().isOk());
    }

    @Test
    void everyChangeToADutyIsInItsHistoryWithWhoAndWhatAlsoAfterItIsDeleted() throws Exception {
        var id = JsonPath.read(body(create("admin", QUARTERLY)), "$.id").toString();
        mvc.perform(put(DUTIES + "/" + id).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(QUARTERLY.replace("\"daysAllowed\": 10", "\"daysAllowed\": 15").replace("季度报送", "季度末报送")
                        .replace("jijiao@example.org", "jijiao-2@example.org").replace("}", ", \"version\": 0}")))
                .andExpect(status().isOk());
        mvc.perform(get(DUTIES + "/" + id + "/history").with(httpBasic("jijiao", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].field").value(contains("created", "daysAllowed", "contactEmail", "note")))
                .andExpect(jsonPath("$[*].by").value(everyItem(is("委办公室（信息办）"))))
                .andExpect(jsonPath("$[1].before").value("10")).andExpect(jsonPath("$[1].after").value("15"))
                .andExpect(jsonPath("$[2].after").value("jijiao-2@example.org"))
                .andExpect(jsonPath("$[3].before").value("季度报送")).andExpect(jsonPath("$[3].after").value("季度末报送"));
        mvc.perform(get(DUTIES + "/" + id + "/history").with(httpBasic("shipei", "demo")))
                .andExpect(status().isForbidden());
        var admin = mvc.perform(formLogin("/login").user("admin").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/reporting/duties/" + id).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("设立了报送任务")))
                .andExpect(content().string(containsString("把期末后报送天数从“10”改为“15”")));

        mvc.perform(delete(DUTIES + "/" + id).param("version", "1").with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get(DUTIES + "/" + id + "/history").with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].field").value(contains("created", "daysAllowed", "contactEmail", "note",
                        "deleted")))
                .andExpect(jsonPath("$[2].before").value("***")).andExpect(jsonPath("$[2].after").value("***"))
                .andExpect(jsonPath("$[4].before").value(startsWith("2018 · OFFICE:jijiao · ")));
        mvc.perform(get(DUTIES + "/" + id + "/history").with(httpBasic("jijiao", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDutyThatMakesNoSenseIsRefused() throws Exception {
        create("admin", QUARTERLY.replace("\"office\": \"jijiao\"", "\"unit\": \"nowhere\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.duty.reporter-unknown"));
        create("admin", QUARTERLY.replace("TASK:2018-21", "TASK:2018-999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.report.subject-unknown"));
        create("admin", QUARTERLY.replace("\"QUARTERLY\"", "\"ONCE\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.duty.due-required"));
        create("admin", QUARTERLY.replace("\"daysAllowed\": 10", "\"daysAllowed\": 200")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.duty.days-allowed-invalid"));
        create("admin", QUARTERLY.replace("\"QUARTERLY\"", "\"WEEKLY\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.duty.frequency-unknown"));
        create("admin", QUARTERLY.replace("jijiao@example.org", "jijiao at example")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.duty.email-invalid"));
    }

    @Test
    void aDutyReportsAnswerKeepsItsShapeAndStays() throws Exception {
        var demo = body(mvc.perform(get(DUTIES).param("year", "2018").param("unit", "qunyi")
                .with(httpBasic("admin", "demo"))));
        String id = JsonPath.read(demo, "$[0].id");
        int version = JsonPath.read(demo, "$[0].version");
        var same = """
                {"year": 2018, "unit": "qunyi", "subject": "TASK:2018-47", "kind": "PRACTICE", "frequency": "%s",
                 "daysAllowed": %d, "version": %d}
                """;
        mvc.perform(put(DUTIES + "/" + id).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(same.formatted("QUARTERLY", 15, version))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("reporting.duty.answered-fixed"));
        mvc.perform(put(DUTIES + "/" + id).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(same.formatted("HALF_YEARLY", 20, version))).andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].due").value("2018-07-20"));
        mvc.perform(put(DUTIES + "/" + id).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(same.formatted("HALF_YEARLY", 25, version))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("reporting.duty.changed-meanwhile"));
        mvc.perform(delete(DUTIES + "/" + id).param("version", String.valueOf(version + 1))
                .with(httpBasic("admin", "demo"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("reporting.duty.answered-undeletable"));

        var fresh = JsonPath.read(body(create("admin", QUARTERLY)), "$.id").toString();
        mvc.perform(delete(DUTIES + "/" + fresh).param("version", "0").with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get(DUTIES + "/" + fresh).with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void theDemoYearCountsAsTheReviewLeftIt() throws Exception {
        // 市师资培训中心 in 2018: Q1 on time (accepted), Q2 late (accepted), Q3 on time (waiting), Q4 and the one-off
        // summary of programme 5 missing.
        mvc.perform(get("/api/reporting/2018/completeness").param("unit", "shipei").param("asOf", "2019-02-15")
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reporters[*].reporter.name").value(contains("市师资培训中心")))
                .andExpect(jsonPath("$.total.expected").value(5))
                .andExpect(jsonPath("$.total.reported").value(3))
                .andExpect(jsonPath("$.total.accepted").value(2))
                .andExpect(jsonPath("$.total.onTime").value(2))
                .andExpect(jsonPath("$.total.late").value(1))
                .andExpect(jsonPath("$.total.missing").value(2))
                .andExpect(jsonPath("$.total.completeness").value(60.0))
                .andExpect(jsonPath("$.total.timeliness").value(40.0))
                .andExpect(jsonPath("$.reporters[0].duties[?(@.frequency == 'QUARTERLY')].periods[*].state")
                        .value(contains("ON_TIME", "LATE", "ON_TIME", "MISSING")));
        // As of the day Q3 was due, Q4 and the one-off summary were not due yet.
        mvc.perform(get("/api/reporting/2018/completeness").param("unit", "shipei").param("asOf", "2018-10-10")
                .with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.expected").value(3)).andExpect(jsonPath("$.total.pending").value(2));
        // 上海市群益职业技术学校: H1 was returned and not resubmitted, H2 is a draft: nothing reported.
        mvc.perform(get("/api/reporting/2018/completeness").param("unit", "qunyi").param("asOf", "2019-02-15")
                .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.total.reported").value(0)).andExpect(jsonPath("$.total.missing").value(2))
                .andExpect(jsonPath("$.total.completeness").value(0.0));
    }

    @Test
    void aUnitOrOfficeCountsItsOwnOnlyAndFiltersAreChecked() throws Exception {
        mvc.perform(get("/api/reporting/2018/completeness").with(httpBasic("shipei", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reporters[*].reporter.code").value(contains("shipei")));
        mvc.perform(get("/api/reporting/2018/completeness").param("unit", "qunyi").with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.reporters", hasSize(0))).andExpect(jsonPath("$.total.expected").value(0));
        mvc.perform(get("/api/reporting/2018/completeness").param("kind", "SUMMARY").param("asOf", "2019-02-15")
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reporters[*].duties[*].kind").value(everyItem(is("SUMMARY"))))
                .andExpect(jsonPath("$.reporters[*].reporter.code").value(not(hasItem("renshi"))));
        mvc.perform(get("/api/reporting/1999/completeness").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("reporting.duty.year-invalid"));
        mvc.perform(get("/api/reporting/2018/completeness").param("asOf", "tomorrow").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("api.request.value-invalid"))
                .andExpect(jsonPath("$.message").value("asOf 的值“tomorrow”不对：不是可以接受的值或格式。本次请求没有做任何更改。"));
    }
}
