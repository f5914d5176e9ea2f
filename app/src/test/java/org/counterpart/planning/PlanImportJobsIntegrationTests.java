package org.counterpart.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.counterpart.planning.PlanImportStatus.State;
import org.counterpart.planning.domain.PlanImport;
import org.counterpart.planning.domain.PlanImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * Plan imports as jobs, on their own threads and in their own transactions, against the real database: the upload is
 * answered at once (the patience is 0 here, so every import is followed as a job), the job is followed to its end, and
 * all of the file or none of it is written. What these tests import is committed: each writes rows made unique by a
 * token of its own into a past year no other test plans, and asserts only on those rows.
 */
@SpringBootTest(properties = "counterpart.planning.import.answer-within=0s")
@AutoConfigureMockMvc
class PlanImportJobsIntegrationTests {

    static final String HEADER = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImports imports;

    @Autowired
    TransactionTemplate transaction;

    final String token = UUID.randomUUID().toString().substring(0, 8);

    static MockMultipartFile csv(String rows) {
        return new MockMultipartFile("file", "plan.csv", "text/csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    String rows(int n) {
        var rows = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            rows.append(i).append(",云南,后台导入任务 ").append(token).append(" 第").append(i).append("项,职教处,按计划推进。\n");
        }
        return rows.toString();
    }

    /** The job's status, asked for until it has ended. */
    String followed(String location) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var body = mvc.perform(get(location).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (State.valueOf(JsonPath.read(body, "$.state")).ended()) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import at " + location + " did not end within 60 s");
    }

    long tasksNamed(int year, String text) throws Exception {
        var body = mvc.perform(get("/api/planning/plans/" + year + "/tasks").param("q", text)
                .with(httpBasic("viewer", "demo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.contains("\"total\"") ? ((Number) JsonPath.read(body, "$.total")).longValue() : 0;
    }

    @Test
    void anImportIsAnsweredAtOnceAndFollowedToItsEnd() throws Exception {
        var answer = mvc.perform(multipart("/api/planning/plans/2013/import").file(csv(rows(1_200)))
                .with(httpBasic("admin", "demo"))).andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/planning/plans/2013/imports/")))
                .andExpect(jsonPath("$.year").value(2013)).andExpect(jsonPath("$.requestedBy").value("委办公室（信息办）"))
                .andReturn().getResponse();
        assertThat(List.of("QUEUED", "RUNNING")).contains((String) JsonPath.read(answer.getContentAsString(
                StandardCharsets.UTF_8), "$.state"));

        var done = followed(answer.getHeader("Location"));
        assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(done, "$.rows")).isEqualTo(1_200);
        assertThat((Integer) JsonPath.read(done, "$.written")).isEqualTo(1_200);
        // Added the first time the year is imported, updated (new names) every time after.
        assertThat((Integer) JsonPath.read(done, "$.added") + (Integer) JsonPath.read(done, "$.updated"))
                .isEqualTo(1_200);
        assertThat((String) JsonPath.read(done, "$.message")).startsWith("导入完成：");
        assertThat((String) JsonPath.read(done, "$.finishedAt")).isNotNull();
        assertThat(tasksNamed(2013, token)).isEqualTo(1_200);
    }

    @Test
    void aWrongRowRefusesTheWholeFileAndItsJobSaysWhy() throws Exception {
        var file = csv(rows(300) + "301,火星,后台导入任务 " + token + " 错行,职教处,要求\n");
        var location = mvc.perform(multipart("/api/planning/plans/2014/import").file(file)
                .with(httpBasic("admin", "demo"))).andExpect(status().isAccepted()).andReturn().getResponse()
                .getHeader("Location");

        var refused = followed(location);
        assertThat((String) JsonPath.read(refused, "$.state")).isEqualTo("REFUSED");
        assertThat((List<Integer>) JsonPath.read(refused, "$.problems[*].line")).containsExactly(302);
        assertThat((List<String>) JsonPath.read(refused, "$.problems[*].message")).containsExactly("未知的实施地区“火星”。");
        assertThat((Integer) JsonPath.read(refused, "$.written")).isZero();
        assertThat(tasksNamed(2014, token)).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedByItsJob() throws Exception {
        var png = new MockMultipartFile("file", "plan.xlsx", "application/octet-stream",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 });
        var location = mvc.perform(multipart("/api/planning/plans/2014/import").file(png)
                .with(httpBasic("admin", "demo"))).andExpect(status().isAccepted()).andReturn().getResponse()
                .getHeader("Location");

        var refused = followed(location);
        assertThat((String) JsonPath.read(refused, "$.state")).isEqualTo("REFUSED");
        assertThat((List<Integer>) JsonPath.read(refused, "$.problems[*].line")).containsExactly(0);
        assertThat((List<String>) JsonPath.read(refused, "$.problems[*].error"))
                .containsExactly("sheets.rejected.not-a-spreadsheet");
    }

    @Test
    void anImportWhoseInstanceWentSilentReadsAsInterrupted() throws Exception {
        var silentSince = Instant.now().minus(PlanImport.SILENCE).minusSeconds(60);
        var lost = new PlanImport(new PlanImport.Id(UUID.randomUUID()), 2014, "委办公室（信息办）", State.RUNNING, 5_000,
                2_000, 0, 0, 0, List.of(), silentSince.minusSeconds(5), silentSince, null);
        transaction.executeWithoutResult(status -> imports.add(lost));
        var location = "/api/planning/plans/2014/imports/" + lost.getId().value();

        mvc.perform(get(location).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("INTERRUPTED")).andExpect(jsonPath("$.written").value(0))
                .andExpect(jsonPath("$.message").value(containsString("没有导入")));
        mvc.perform(get("/planning/2014/imports/" + lost.getId().value()).cookie(signIn("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("导入被中断")))
                .andExpect(content().string(containsString("data-state=\"INTERRUPTED\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
    }

    @Test
    void onlyThoseWhoManagePlansFollowImports() throws Exception {
        var location = mvc.perform(multipart("/api/planning/plans/2014/import").file(csv("1,火星,x,职教处,y\n"))
                .with(httpBasic("admin", "demo"))).andExpect(status().isAccepted()).andReturn().getResponse()
                .getHeader("Location");
        followed(location);
        mvc.perform(get(location).with(httpBasic("zhijiao", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/planning/plans/2014/imports/" + UUID.randomUUID()).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value("没有找到这次导入。"));
        // An import is followed under the year it was asked for.
        mvc.perform(get(location.replace("/2014/", "/2015/")).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/planning/plans/2014/import").file(csv(rows(1)))
                .with(httpBasic("zhijiao", "demo"))).andExpect(status().isForbidden());
    }

    Cookie signIn(String user) throws Exception {
        return mvc.perform(formLogin("/login").user(user).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    @Test
    void thePageFollowsTheImportItAppliedAndThenShowsThePlan() throws Exception {
        var admin = signIn("admin");
        var preview = mvc.perform(multipart("/planning/2013/import").file(csv(rows(600))).cookie(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var matcher = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(matcher.find()).as("the preview offers to apply the file").isTrue();

        var progress = mvc.perform(post("/planning/2013/import/apply").param("token", matcher.group(1)).cookie(admin)
                .with(csrf())).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(progress).startsWith("/planning/2013/imports/");

        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var page = mvc.perform(get(progress).cookie(admin)).andReturn().getResponse();
            if (page.getStatus() == 302) {
                assertThat(page.getRedirectedUrl()).isEqualTo("/planning/2013");
                break;
            }
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("hx-trigger=\"every 1s\"")
                    .contains("id=\"import-progress\"");
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }
        mvc.perform(get(progress).cookie(admin)).andExpect(redirectedUrl("/planning/2013"))
                .andExpect(flash().attribute("notice", startsWith("导入完成：")));
        // Asked by htmx in the background, the ended import sends the page to come again as a page.
        mvc.perform(get(progress).cookie(admin).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", progress));
        assertThat(tasksNamed(2013, token)).isEqualTo(600);
    }
}
