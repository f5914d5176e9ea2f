package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The API's bad-input catalogue (issue 8): requests that cannot be read or that ask for what may not be — malformed
 * JSON, a content type or method an address does not take, an unknown option, text where a number goes, missing and
 * over-long fields, negative and absurd amounts and counts. Each must be refused with a clear message in the caller's
 * language ({@code {"error", "message"}}, never Spring's English default or a 500), and change nothing: the rows it
 * would have touched are counted before and after. Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BadInputApiIntegrationTests {

    /** Han characters: the message is written for a Chinese reader, not a framework's English. */
    private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("\\p{IsHan}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    record Tried(String what, int status, String error, String message, boolean unchanged) {
    }

    @Test
    void everyBadRequestIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        var enrolled = jdbc.queryForObject("SELECT id FROM enrolment_student WHERE stage = 'ENROLLED' ORDER BY id "
                + "LIMIT 1", String.class);
        var programme = jdbc.queryForObject("SELECT id FROM training_programme ORDER BY id LIMIT 1", String.class);
        var version = jdbc.queryForObject("SELECT version FROM training_programme WHERE id = ?", Long.class, programme);
        var tried = new ArrayList<Tried>();

        // What cannot be read at all.
        tried.add(attempt("malformed JSON", json(post("/api/directory/units"), "{\"nameZh\": \"坏的"),
                "directory_unit", 400, "api.request.unreadable"));
        tried.add(attempt("not JSON at all", json(post("/api/directory/units"), "nameZh=学校"),
                "directory_unit", 400, "api.request.unreadable"));
        tried.add(attempt("an empty body", json(post("/api/directory/units"), ""),
                "directory_unit", 400, "api.request.unreadable"));
        tried.add(attempt("a wrong content type", post("/api/directory/units").contentType(MediaType.TEXT_PLAIN)
                .content("学校"), "directory_unit", 415, "api.request.media-type"));
        tried.add(attempt("a method the address does not take", delete("/api/directory/units"),
                "directory_unit", 405, "api.request.method"));
        tried.add(attempt("an unknown option (enum value)", json(post("/api/directory/units"),
                "{\"nameZh\": \"坏输入测试学校\", \"nameEn\": \"Bad input school\", \"kind\": \"SPACESHIP\"}"),
                "directory_unit", 400, "api.request.value-invalid"));
        tried.add(attempt("text where a number goes", json(post("/api/enrolment/programmes"),
                "{\"academicYear\": \"二〇一八\", \"kind\": \"JOINT_VOCATIONAL_SCHOOLING\", \"funding\": 10}"),
                "enrolment_programme", 400, "api.request.value-invalid"));
        tried.add(attempt("an amount that is not a number", json(post("/api/enrolment/students/" + enrolled
                + "/subsidies"), "{\"term\": \"2018-2\", \"amount\": \"一千五\", \"purpose\": \"生活补助\"}"),
                "enrolment_subsidy", 400, "api.request.value-invalid"));
        tried.add(attempt("a file upload without its file", multipart("/api/planning/plans/2099/import"),
                "planning_task", 400, "api.request.parameter-missing"));
        tried.add(attempt("text where a number goes, in a query", get("/api/training/programmes").param("year", "二〇一八"),
                null, 400, "api.request.value-invalid"));

        // What can be read but may not be.
        tried.add(attempt("missing fields", json(post("/api/directory/units"), "{}"),
                "directory_unit", 400, "directory."));
        tried.add(attempt("an over-long name (5,000 characters)", json(post("/api/directory/units"),
                "{\"nameZh\": \"" + "长".repeat(5_000) + "\", \"nameEn\": \"Long\", \"kind\": \"SCHOOL\"}"),
                "directory_unit", 400, "directory."));
        tried.add(attempt("a negative subsidy", json(post("/api/enrolment/students/" + enrolled + "/subsidies"),
                "{\"term\": \"2018-2\", \"amount\": -1500, \"purpose\": \"生活补助\"}"),
                "enrolment_subsidy", 400, "enrolment."));
        tried.add(attempt("an absurd subsidy (a trillion yuan)", json(post("/api/enrolment/students/" + enrolled
                + "/subsidies"), "{\"term\": \"2018-2\", \"amount\": 1000000000000, \"purpose\": \"生活补助\"}"),
                "enrolment_subsidy", 400, "enrolment."));
        tried.add(attempt("a subsidy in fractions of a fen", json(post("/api/enrolment/students/" + enrolled
                + "/subsidies"), "{\"term\": \"2018-2\", \"amount\": 1500.001, \"purpose\": \"生活补助\"}"),
                "enrolment_subsidy", 400, "enrolment."));
        tried.add(attempt("an absurd count of seats", json(post("/api/enrolment/programmes"),
                "{\"academicYear\": 2097, \"kind\": \"JOINT_VOCATIONAL_SCHOOLING\", \"funding\": 10, \"quotas\": "
                        + "[{\"hostSchool\": \"qunyi\", \"seats\": 2000000000}]}"),
                "enrolment_programme", 400, "enrolment."));
        tried.add(attempt("a negative count of seats", json(post("/api/enrolment/programmes"),
                "{\"academicYear\": 2097, \"kind\": \"JOINT_VOCATIONAL_SCHOOLING\", \"funding\": 10, \"quotas\": "
                        + "[{\"hostSchool\": \"qunyi\", \"seats\": -5}]}"),
                "enrolment_programme", 400, "enrolment."));
        var fundingBefore = funding(programme);
        tried.add(attempt("negative funding", json(put("/api/training/programmes/" + programme + "/funding"),
                "{\"commissionFunding\": -57, \"partnerFunding\": 0, \"plannedTrainees\": 100, \"version\": " + version
                        + "}"), null, 400, "training."));
        tried.add(attempt("a negative number of trainees", json(put("/api/training/programmes/" + programme
                + "/funding"), "{\"commissionFunding\": 57, \"partnerFunding\": 0, \"plannedTrainees\": -100, "
                        + "\"version\": " + version + "}"), null, 400, "training."));
        assertThat(funding(programme)).as("the programme's funding").isEqualTo(fundingBefore);

        tried.forEach(t -> System.out.printf(Locale.ROOT, "bad input: %-40s %d %-32s %s%n", t.what(), t.status(),
                t.error(), t.message()));
        assertThat(tried).allSatisfy(t -> {
            assertThat(t.message()).as(t.what() + ": a message in Chinese").containsPattern(CHINESE);
            assertThat(t.unchanged()).as(t.what() + ": nothing changed").isTrue();
        });
    }

    private String funding(String programme) {
        return jdbc.queryForObject("SELECT CONCAT(commission_funding, '/', partner_funding, '/', planned_trainees, '/', "
                + "version) FROM training_programme WHERE id = ?", String.class, programme);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request as ADMIN (who may do most), checks the answer, and whether the table kept its rows. */
    private Tried attempt(String what, AbstractMockHttpServletRequestBuilder<?> request, String table, int status,
            String errorStartsWith) throws Exception {
        var before = table == null ? 0 : count(table);
        var response = mvc.perform(request.with(httpBasic("admin", "demo")).header("Accept-Language", "zh-CN")
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        var body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(what + ": " + body).isEqualTo(status);
        assertThat(response.getContentType()).as(what).startsWith("application/json");
        String error = JsonPath.read(body, "$.error");
        String message = JsonPath.read(body, "$.message");
        assertThat(error).as(what).startsWith(errorStartsWith);
        return new Tried(what, response.getStatus(), error, message, table == null || count(table) == before);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
