package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The information-report API on the real database: the review workflow from draft to accepted through a return, who
 * may do what (the writing unit, another unit, an office, the commission office, a viewer, nobody signed in), the
 * moves the life cycle refuses, cleaned bodies and files checked by content. Each test sets a monthly duty of its own
 * for 市师资培训中心 on task 40 of 2018 and is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportsApiIntegrationTests {

    static final String REPORTS = "/api/reporting/reports";

    @Autowired
    MockMvc mvc;

    String duty;

    @BeforeEach
    void aMonthlyDutyOfItsOwn() throws Exception {
        duty = id(mvc.perform(post("/api/reporting/duties").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"year": 2018, "unit": "shipei", "subject": "TASK:2018-40", "kind": "NEWS",
                         "frequency": "MONTHLY", "daysAllowed": 10}
                        """)).andExpect(status().isCreated()));
    }

    static String id(ResultActions result) throws Exception {
        return JsonPath.read(body(result), "$.id");
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    ResultActions draft(String user, String month, String title, String html) throws Exception {
        return mvc.perform(post(REPORTS).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"duty": "%s", "period": "%s", "title": "%s", "body": %s}
                        """.formatted(duty, month, title, quoted(html))));
    }

    String draft(String month) throws Exception {
        return JsonPath.read(body(draft("shipei", month, "沪遵教育培训" + month + "工作信息", "<p>本月完成培训 40 人。</p>")
                .andExpect(status().isCreated())), "$.report.id");
    }

    ResultActions act(String user, String id, String action, long version, String comment) throws Exception {
        return mvc.perform(post(REPORTS + "/" + id + "/" + action).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": %d, \"comment\": %s}".formatted(version, quoted(comment))));
    }

    long version(String user, String id) throws Exception {
        return ((Number) JsonPath.read(body(mvc.perform(get(REPORTS + "/" + id).with(httpBasic(user, "demo")))),
                "$.report.version")).longValue();
    }

    static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void theOfficeReturnsAReportWithACommentAndAcceptsItOnceChanged() throws Exception {
        draft("shipei", "2018-M03", "三月工作信息", "<p>三月完成培训。</p>").andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.status").value("DRAFT"))
                .andExpect(jsonPath("$.report.period").value("2018-M03"))
                .andExpect(jsonPath("$.report.periodName").value("2018年3月"))
                .andExpect(jsonPath("$.report.kind").value("NEWS"))
                .andExpect(jsonPath("$.report.subject.key").value("TASK:2018-40"))
                .andExpect(jsonPath("$.report.subject.name").value("开展沪遵教育培训"))
                .andExpect(jsonPath("$.report.reporter.name").value("市师资培训中心"))
                .andExpect(jsonPath("$.dueOn").value("2018-04-10"))
                .andExpect(jsonPath("$.mayEdit").value(true));
        var id = JsonPath.read(body(mvc.perform(get(REPORTS).param("duty", duty).with(httpBasic("shipei", "demo")))),
                "$.items[0].id").toString();

        act("shipei", id, "submit", 0, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("SUBMITTED")).andExpect(jsonPath("$.mayEdit").value(false));
        act("admin", id, "return", 1, " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.report.comment-required"))
                .andExpect(jsonPath("$.message").value("退回时请填写退回意见。"));
        act("admin", id, "return", 1, "请补充培训学员的学段分布。").andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("RETURNED"));

        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("shipei", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.returnComment").value("请补充培训学员的学段分布。"))
                .andExpect(jsonPath("$.mayEdit").value(true));
        mvc.perform(put(REPORTS + "/" + id).with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title": "三月工作信息（补充）", "body": "<p>三月完成培训，小学 25 人、初中 15 人。</p>", "version": 2}
                        """)).andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("RETURNED"))
                .andExpect(jsonPath("$.report.title").value("三月工作信息（补充）"));
        act("shipei", id, "submit", 3, "已补充").andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("SUBMITTED"));
        act("admin", id, "accept", 4, "采用").andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.report.firstSubmittedAt").isNotEmpty())
                .andExpect(jsonPath("$.history[*].to").value(contains("DRAFT", "SUBMITTED", "RETURNED", "RETURNED",
                        "SUBMITTED", "ACCEPTED")))
                .andExpect(jsonPath("$.history[*].by").value(contains("市师资培训中心", "市师资培训中心", "委办公室（信息办）",
                        "市师资培训中心", "市师资培训中心", "委办公室（信息办）")))
                .andExpect(jsonPath("$.history[2].comment").value("请补充培训学员的学段分布。"))
                // The change itself, while returned: which fields (the title and the text).
                .andExpect(jsonPath("$.history[3].edit").value("EDITED"))
                .andExpect(jsonPath("$.history[3].comment").value("title,body"))
                .andExpect(jsonPath("$.history[4].comment").value("已补充"))
                .andExpect(jsonPath("$.history[4].edit").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void onlyTheWritingUnitSeesADraftAndChangesOrSubmitsIt() throws Exception {
        var id = draft("2018-M04");
        for (var other : new String[] { "xuexiao", "zhijiao", "viewer" }) {
            mvc.perform(get(REPORTS + "/" + id).with(httpBasic(other, "demo"))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("reporting.report.forbidden.read"));
        }
        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayEdit").value(false)).andExpect(jsonPath("$.mayReview").value(false));
        for (var other : new String[] { "xuexiao", "zhijiao", "viewer", "admin" }) {
            mvc.perform(put(REPORTS + "/" + id).with(httpBasic(other, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\": \"改\", \"body\": \"<p>改</p>\", \"version\": 0}"))
                    .andExpect(status().isForbidden());
            act(other, id, "submit", 0, null).andExpect(status().isForbidden());
        }
        mvc.perform(get(REPORTS).with(httpBasic("xuexiao", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))))
                .andExpect(jsonPath("$.items[*].reporter.code").value(everyItem(is("qunyi"))));
        mvc.perform(get(REPORTS).param("unit", "shipei").with(httpBasic("xuexiao", "demo")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(REPORTS).param("duty", duty).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.items[*].id").value(contains(id)));
    }

    @Test
    void onlyTheCommissionOfficeReviews() throws Exception {
        var id = draft("2018-M05");
        act("shipei", id, "submit", 0, null).andExpect(status().isOk());
        for (var user : new String[] { "shipei", "zhijiao", "xuexiao", "viewer" }) {
            act(user, id, "accept", 1, null).andExpect(status().isForbidden());
            act(user, id, "return", 1, "不行").andExpect(status().isForbidden());
        }
        act("shipei", id, "accept", 1, null).andExpect(jsonPath("$.error").value("reporting.report.forbidden.review"));
        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.mayReview").value(true)).andExpect(jsonPath("$.report.status").value("SUBMITTED"));
    }

    @Test
    void aViewerSeesAcceptedReportsOnly() throws Exception {
        var id = draft("2018-M06");
        mvc.perform(get(REPORTS).param("size", "200").with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isNotEmpty())
                .andExpect(jsonPath("$.items[*].status").value(everyItem(is("ACCEPTED"))));
        mvc.perform(get(REPORTS).param("status", "DRAFT").with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.total").value(0));

        act("shipei", id, "submit", 0, null).andExpect(status().isOk());
        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
        act("admin", id, "accept", 1, null).andExpect(status().isOk());
        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayEdit").value(false)).andExpect(jsonPath("$.mayReview").value(false));
    }

    @Test
    void nobodySignedInIsAskedToSignIn() throws Exception {
        mvc.perform(get(REPORTS)).andExpect(status().isUnauthorized());
        mvc.perform(post(REPORTS).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reporting/2018/completeness")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reporting/duties")).andExpect(status().isUnauthorized());
    }

    @Test
    void movesTheLifeCycleDoesNotAllowAreConflicts() throws Exception {
        var id = draft("2018-M07");
        act("admin", id, "accept", 0, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("reporting.report.not-under-review"));
        act("shipei", id, "submit", 0, null).andExpect(status().isOk());
        mvc.perform(put(REPORTS + "/" + id).with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"改\", \"body\": \"<p>改</p>\", \"version\": 1}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("reporting.report.not-editable"));
        act("admin", id, "accept", 1, null).andExpect(status().isOk());
        act("shipei", id, "submit", 2, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("reporting.report.not-submittable"));
        act("admin", id, "return", 2, "再改").andExpect(status().isConflict());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() throws Exception {
        var id = draft("2018-M08");
        mvc.perform(put(REPORTS + "/" + id).with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"第一次修改\", \"body\": \"<p>一</p>\", \"version\": 0}")).andExpect(status().isOk());
        mvc.perform(put(REPORTS + "/" + id).with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"以旧版本修改\", \"body\": \"<p>二</p>\", \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("reporting.report.changed-meanwhile"));
        act("shipei", id, "submit", 0, null).andExpect(status().isConflict());
        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.report.title").value("第一次修改"));
    }

    @Test
    void refusalsAreInTheCallersLanguage() throws Exception {
        var id = draft("2018-M09");
        act("shipei", id, "submit", 0, null).andExpect(status().isOk());
        mvc.perform(post(REPORTS + "/" + id + "/return").with(httpBasic("admin", "demo"))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Say what to change when returning a report."));
        mvc.perform(get(REPORTS).param("kind", "GOSSIP").with(httpBasic("admin", "demo")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("reporting.report.kind-unknown"))
                .andExpect(jsonPath("$.message").value("Unknown kind of report \"GOSSIP\"."));
        mvc.perform(post(REPORTS).with(httpBasic("shipei", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{not json")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("api.request.unreadable"));
        mvc.perform(get(REPORTS + "/not-an-id").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("没有这条信息。"));
    }

    @Test
    void theBodyIsCleanedBeforeItIsKept() throws Exception {
        var html = "<p onclick=\"steal()\">正文<strong>重点</strong></p><script>alert(document.cookie)</script>"
                + "<img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">危险链接</a>"
                + "<a href=\"https://www.shmec.gov.cn/\">市教委</a><iframe src=\"https://evil.example\"></iframe>";
        var created = body(draft("shipei", "2018-M10", "清理测试", html).andExpect(status().isCreated()));
        String kept = JsonPath.read(created, "$.body");
        assertThat(kept).doesNotContain("script", "onclick", "onerror", "<img", "javascript", "iframe", "alert")
                .contains("<p>正文<strong>重点</strong></p>", "危险链接", "<a href=\"https://www.shmec.gov.cn/\" rel=\"")
                .containsPattern("rel=\"[^\"]*nofollow[^\"]*\">市教委</a>")
                .containsPattern("rel=\"[^\"]*noopener[^\"]*\">市教委</a>")
                .containsPattern("rel=\"[^\"]*noreferrer[^\"]*\">市教委</a>");
    }

    @Test
    void aPeriodIsAnsweredOnceAndOnlyByItsOwnUnit() throws Exception {
        draft("2018-M11");
        draft("shipei", "2018-M11", "同一期第二条", "<p>x</p>").andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("reporting.report.period-taken"));
        draft("xuexiao", "2018-M12", "别人的任务", "<p>x</p>").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("reporting.report.duty-not-yours"));
        draft("shipei", "2018-Q4", "频次不符", "<p>x</p>").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.report.period-not-of-duty"));
        draft("admin", "2018-M12", "委办公室不写信息", "<p>x</p>").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("reporting.report.forbidden.write"));
    }

    @Test
    void anAdHocReportNamesItsKindAndOptionallyItsSubject() throws Exception {
        mvc.perform(post(REPORTS).with(httpBasic("zhijiao", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind": "practice", "title": "中职合作办学经验", "body": "<p>经验</p>", "subject": "TASK:2018-47"}
                """)).andExpect(status().isCreated()).andExpect(jsonPath("$.report.kind").value("PRACTICE"))
                .andExpect(jsonPath("$.report.duty").isEmpty()).andExpect(jsonPath("$.report.year").value(2018))
                .andExpect(jsonPath("$.report.reporter.name").value("职教处"))
                .andExpect(jsonPath("$.report.subject.name").value("做好对口地区中职合作办学"));
        mvc.perform(post(REPORTS).with(httpBasic("zhijiao", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind": "NEWS", "title": "不存在的任务", "body": "<p>x</p>", "subject": "TASK:2018-999"}
                """)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("reporting.report.subject-unknown"));
        mvc.perform(post(REPORTS).with(httpBasic("zhijiao", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "没有类别", "body": "<p>x</p>"}
                """)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("reporting.report.kind-required"));
    }

    @Test
    void filesAreCheckedByTheirContentAndComeBackUnderTheirCleanedName() throws Exception {
        var id = draft("2018-M12");
        var pdf = pdf();
        var uploaded = body(upload("shipei", id, "../../etc/passwd.pdf", pdf).andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments[0].name").value("passwd.pdf"))
                .andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.attachments[0].size").value(pdf.length))
                .andExpect(jsonPath("$.report.attachmentCount").value(1)));
        String attachment = JsonPath.read(uploaded, "$.attachments[0].id");

        var download = mvc.perform(get(REPORTS + "/" + id + "/attachments/" + attachment)
                .with(httpBasic("shipei", "demo"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("passwd.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get(REPORTS + "/" + id + "/attachments/" + attachment).with(httpBasic("xuexiao", "demo")))
                .andExpect(status().isForbidden());

        var exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload("shipei", id, "通知.pdf", exe).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.report.attachment.content-mismatch"))
                .andExpect(jsonPath("$.message").value("文件“通知.pdf”的内容与扩展名不符，未接收。"));
        var large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        upload("shipei", id, "大文件.pdf", large).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reporting.report.attachment.too-large"));
        upload("xuexiao", id, "别人的.pdf", pdf).andExpect(status().isForbidden());
        mvc.perform(get(REPORTS + "/" + id).with(httpBasic("shipei", "demo")))
                .andExpect(jsonPath("$.attachments[*].name").value(contains("passwd.pdf")));
    }

    ResultActions upload(String user, String id, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(REPORTS + "/" + id + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic(user, "demo")));
    }

    static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
