package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpart.testing.NeedsCjkFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * Running a programme through the API, against the real database, on the demo cohort of programme 1 (市师资培训中心
 * implements it): who may run it, who sees phone numbers, roster import, attendance, completion, certificates and
 * their public check. Every test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TrainingCohortsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String programmeOne() throws Exception {
        List<String> ids = JsonPath.read(json(get("/api/training/programmes").param("year", "2018"), "viewer"),
                "$.items[?(@.number == 1)].id");
        return ids.get(0);
    }

    String demoCohort() throws Exception {
        return JsonPath.read(json(get("/api/training/programmes/" + programmeOne() + "/cohorts"), "viewer"),
                "$.items[0].id");
    }

    long versionOf(String cohort) throws Exception {
        return ((Number) JsonPath.read(json(get("/api/training/cohorts/" + cohort), "shipei"), "$.cohort.version"))
                .longValue();
    }

    @Test
    void theDemoCohortIsUnderWayWithItsRoster() throws Exception {
        mvc.perform(get("/api/training/cohorts/" + demoCohort()).with(httpBasic("shipei", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cohort.status").value("STARTED"))
                .andExpect(jsonPath("$.roster.length()").value(5))
                .andExpect(jsonPath("$.roster[*].phone").value(everyItem(notNullValue())));
    }

    @Test
    void phoneNumbersReachOnlyTheImplementingUnitAndTheCommissionOffice() throws Exception {
        var cohort = demoCohort();
        for (var user : new String[] { "viewer", "renshi", "zhijiao" }) {
            mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.roster[*].phone").value(everyItem(nullValue())))
                    .andExpect(jsonPath("$.mayRun").value(false));
        }
        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.roster[0].phone").value("13899110001"));
    }

    @Test
    void everyShowingOfThePhoneNumbersIsRecordedForTheCommissionOffice() throws Exception {
        var cohort = demoCohort();
        var before = reveals(cohort);
        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.phoneReveals").isEmpty());
        assertThat(reveals(cohort)).as("no numbers shown, nothing recorded").isEqualTo(before);

        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.roster[0].phone").value("13899110001"))
                .andExpect(jsonPath("$.phoneReveals").isEmpty());
        assertThat(reveals(cohort)).isEqualTo(before + 1);
        assertThat(jdbc.queryForMap("SELECT revealed_by, username, phones FROM training_phone_reveal "
                + "WHERE cohort_id = ? ORDER BY revealed_at DESC, id DESC LIMIT 1", cohort))
                .containsEntry("revealed_by", "市师资培训中心").containsEntry("username", "shipei")
                .containsEntry("phones", 5);

        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.phoneReveals[0].username").value("admin"))
                .andExpect(jsonPath("$.phoneReveals[1].username").value("shipei"))
                .andExpect(jsonPath("$.phoneReveals[1].by").value("市师资培训中心"))
                .andExpect(jsonPath("$.phoneReveals[1].phones").value(5));
        assertThat(reveals(cohort)).isEqualTo(before + 2);
    }

    long reveals(String cohort) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM training_phone_reveal WHERE cohort_id = ?", Long.class, cohort);
    }

    @Test
    void onlyTheImplementingUnitAndTheCommissionOfficeRunTheProgramme() throws Exception {
        var cohort = demoCohort();
        for (var user : new String[] { "viewer", "renshi", "jijiao" }) {
            mvc.perform(post("/api/training/programmes/" + programmeOne() + "/cohorts").with(httpBasic(user, "demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"第二期\", \"start\": \"2018-10-08\", \"end\": \"2018-10-20\", \"place\": \"上海\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/training/cohorts/" + cohort + "/complete").with(httpBasic(user, "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"completed\": [], \"version\": 0}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aRosterFileIsPreviewedThenImportedIntoANewCohort() throws Exception {
        var created = json(post("/api/training/programmes/" + programmeOne() + "/cohorts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"第二期\", \"start\": \"2018-10-08\", \"end\": \"2018-10-20\", \"place\": \"上海\"}"),
                "shipei");
        String cohort = JsonPath.read(created, "$.cohort.id");
        var file = new MockMultipartFile("file", "roster.csv", "text/csv",
                getClass().getResourceAsStream("/training/roster-good.csv").readAllBytes());

        mvc.perform(multipart("/api/training/cohorts/" + cohort + "/roster").file(file).param("dryRun", "true")
                .with(httpBasic("shipei", "demo"))).andExpect(status().isOk()).andExpect(jsonPath("$.trainees").value(2));
        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.roster.length()").value(0));

        mvc.perform(multipart("/api/training/cohorts/" + cohort + "/roster").file(file)
                .param("version", String.valueOf(versionOf(cohort))).with(httpBasic("shipei", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roster[*].name").value(contains("丹增", "卓玛")));
    }

    @Test
    void aWrongRosterRowRefusesTheWholeFileAndAddsNobody() throws Exception {
        var cohort = demoCohort();
        var broken = new MockMultipartFile("file", "roster.csv", "text/csv", String.join("\r\n",
                "姓名,性别,民族,地区,学校或单位,职务,联系电话",
                "格桑,男,藏族,日喀则,日喀则第二职业学校,教师,13908920003",
                ",女,藏族,日喀则,日喀则第二职业学校,教师,",
                "次仁,未知,藏族,日喀则,日喀则第二职业学校,教师,",
                "格桑,男,藏族,日喀则,日喀则第二职业学校,教师,",
                "王建新,男,汉族,喀什地区叶城县,叶城县第一小学,校长,").getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/training/cohorts/" + cohort + "/roster").file(broken)
                .param("version", String.valueOf(versionOf(cohort))).with(httpBasic("shipei", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].line").value(contains(3, 4, 5, 6)))
                .andExpect(jsonPath("$.problems[0].message").value("请填写姓名。"))
                .andExpect(jsonPath("$.problems[1].message").value("未知的性别“未知”，应为“男”或“女”。"))
                .andExpect(jsonPath("$.problems[2].message").value("“格桑”与第 2 行重复。"))
                .andExpect(jsonPath("$.problems[3].message").value("“王建新”已在名册中。"));
        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.roster.length()").value(5));

        var notASheet = new MockMultipartFile("file", "roster.xlsx", "application/octet-stream", new byte[] { 1, 2, 3 });
        mvc.perform(multipart("/api/training/cohorts/" + cohort + "/roster").file(notASheet)
                .param("version", String.valueOf(versionOf(cohort))).with(httpBasic("shipei", "demo")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void attendanceIsTakenOnTheCohortsDaysOnly() throws Exception {
        var cohort = demoCohort();
        String trainee = JsonPath.read(json(get("/api/training/cohorts/" + cohort), "shipei"), "$.roster[0].id");

        mvc.perform(post("/api/training/cohorts/" + cohort + "/attendance").with(httpBasic("shipei", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"trainee\": \"" + trainee + "\", \"day\": \"2018-09-04\", \"present\": true}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/training/cohorts/" + cohort).with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.attendance['" + trainee + "']['2018-09-04']").value(true));
        mvc.perform(post("/api/training/cohorts/" + cohort + "/attendance").with(httpBasic("shipei", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"trainee\": \"" + trainee + "\", \"day\": \"2018-12-24\", \"present\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("考勤日期须在 2018-09-03 至 2018-11-30 之间。"));
    }

    @Test
    void completingACohortIssuesCertificatesThatAnyoneCanCheckAndForgeriesFail() throws Exception {
        var cohort = demoCohort();
        List<String> roster = JsonPath.read(json(get("/api/training/cohorts/" + cohort), "shipei"), "$.roster[*].id");

        mvc.perform(post("/api/training/cohorts/" + cohort + "/complete").with(httpBasic("shipei", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"completed\": [\"" + roster.get(0) + "\", \""
                        + roster.get(1) + "\"], \"version\": " + versionOf(cohort) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cohort.completed").value(2));
        List<String> codes = JsonPath.read(json(post("/api/training/cohorts/" + cohort + "/certificates"), "shipei"),
                "$");
        assertThat(codes).hasSize(2).allMatch(code -> code.startsWith("CP-2018-"));

        mvc.perform(get("/api/public/certificates/" + codes.get(0))).andExpect(status().isOk())
                .andExpect(jsonPath("$.traineeName").value("艾力·买买提"))
                .andExpect(jsonPath("$.programmeName").value("喀什“影子校长”培训"));
        mvc.perform(get("/api/public/certificates/" + codes.get(0).toLowerCase())).andExpect(status().isOk());
        mvc.perform(get("/api/public/certificates/CP-2018-AAAAA-BBBBB")).andExpect(status().isNotFound());
        mvc.perform(get("/verify/CP-2018-AAAAA-BBBBB")).andExpect(status().isOk());
        mvc.perform(post("/api/training/cohorts/" + cohort + "/certificates").with(httpBasic("shipei", "demo")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    @NeedsCjkFont
    void aCertificateDownloadsAsAPdfWhoseTextCanBeSearched() throws Exception {
        var cohort = demoCohort();
        List<String> roster = JsonPath.read(json(get("/api/training/cohorts/" + cohort), "shipei"), "$.roster[*].id");
        mvc.perform(post("/api/training/cohorts/" + cohort + "/complete").with(httpBasic("shipei", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"completed\": [\"" + roster.get(0) + "\"], "
                        + "\"version\": " + versionOf(cohort) + "}")).andExpect(status().isOk());
        List<String> codes = JsonPath.read(json(post("/api/training/cohorts/" + cohort + "/certificates"), "shipei"),
                "$");

        var pdf = mvc.perform(get("/api/training/certificates/" + codes.get(0) + ".pdf").with(httpBasic("shipei", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("结业证书", "艾力·买买提", codes.get(0));
        }
        mvc.perform(get("/api/training/certificates/" + codes.get(0) + ".pdf").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk());
    }
}
