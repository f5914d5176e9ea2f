package org.counterpart.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The planning API on the 2018 demo plan, against the real database: the plan as the notice has it, finding
 * tasks, who may move them, import and export. Every test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanningApiIntegrationTests {

    static final String TASKS = "/api/planning/plans/2018/tasks";

    @Autowired
    MockMvc mvc;

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String user) {
        return request.with(httpBasic(user, "demo"));
    }

    long versionOf(int number) throws Exception {
        var body = mvc.perform(as(get(TASKS + "/" + number), "viewer")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.task.version")).longValue();
    }

    String transition(String transition, String reason, long version) {
        return """
                {"transition": "%s", "reason": %s, "version": %d}
                """.formatted(transition, reason == null ? "null" : "\"" + reason + "\"", version);
    }

    @Test
    void the2018PlanHasTheNoticesFiftyOneTasks() throws Exception {
        mvc.perform(as(get("/api/planning/plans"), "viewer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.year == 2018)].noticeNumber").value(hasItem("沪教委办〔2018〕39号")))
                .andExpect(jsonPath("$.items[?(@.year == 2018)].noticeDate").value(hasItem("2018-08-13")));
        mvc.perform(as(get(TASKS).param("size", "100"), "viewer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(51)).andExpect(jsonPath("$.items[0].number").value(1))
                .andExpect(jsonPath("$.items[50].number").value(51));
    }

    @Test
    void aTaskCarriesEveryFieldAsTheNoticeHasIt() throws Exception {
        mvc.perform(as(get(TASKS + "/21"), "viewer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.task.name").value("做好内地西藏初中班和高中班、内地新疆高中班办班工作"))
                .andExpect(jsonPath("$.task.regions[*].name").value(contains("新疆", "西藏")))
                .andExpect(jsonPath("$.task.leadOffice.name").value("基教处"))
                .andExpect(jsonPath("$.task.coOffices[*].name").value(contains("财务处", "规划处", "德育处", "人事处",
                        "后保处", "青保处", "体卫艺科处")))
                .andExpect(jsonPath("$.task.units[*].name").value(contains("相关学校")))
                .andExpect(jsonPath("$.task.requirements").value("加强工作指导，了解办班情况，总结工作经验。"))
                .andExpect(jsonPath("$.task.status").value("PLANNED"));
        mvc.perform(as(get(TASKS + "/1"), "viewer"))
                .andExpect(jsonPath("$.references").value(contains("2018-2020年沪滇教育扶贫协作协议")));
        mvc.perform(as(get(TASKS + "/51"), "viewer")).andExpect(jsonPath("$.task.andOtherOffices").value(true))
                .andExpect(jsonPath("$.task.regions[0].name").value("其他省市"));
        mvc.perform(as(get(TASKS + "/7"), "viewer"))
                .andExpect(jsonPath("$.task.places[*].name").value(hasItem("喀什四县")));
    }

    @Test
    void findsTasksByRegionOfficeUnitAndText() throws Exception {
        mvc.perform(as(get(TASKS).param("region", "guizhou"), "viewer")).andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items[*].number").value(contains(36, 37, 38, 39, 40, 41, 42)));
        mvc.perform(as(get(TASKS).param("office", "tiweiyi").param("size", "50"), "viewer"))
                .andExpect(jsonPath("$.items[*].number").value(hasItems(21, 29, 40, 41, 42, 44, 50)));
        mvc.perform(as(get(TASKS).param("unit", "shipei"), "viewer"))
                .andExpect(jsonPath("$.items[*].number").value(contains(2, 9, 14, 40)));
        mvc.perform(as(get(TASKS).param("q", "果洛"), "viewer"))
                .andExpect(jsonPath("$.items[*].number").value(hasItems(30, 31, 32, 33, 34, 35)));
        mvc.perform(as(get(TASKS).param("sort", "number_desc").param("size", "1").param("page", "1"), "viewer"))
                .andExpect(jsonPath("$.items[0].number").value(50)).andExpect(jsonPath("$.total").value(51));
    }

    @Test
    void myTasksAreThoseMyOfficeLeadsOrCoLeadsOrMyUnitUndertakes() throws Exception {
        mvc.perform(as(get(TASKS).param("mine", "true").param("size", "100"), "shipei"))
                .andExpect(jsonPath("$.items[*].number").value(contains(2, 9, 14, 40)));
        mvc.perform(as(get(TASKS).param("mine", "true").param("size", "100"), "zhijiao"))
                .andExpect(jsonPath("$.items[*].number").value(hasItems(1, 2, 3, 4, 8, 22, 47)));
    }

    @Test
    void unknownFiltersAreRefusedWithAMessage() throws Exception {
        mvc.perform(as(get(TASKS).param("status", "FINISHED"), "viewer")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("未知的状态“FINISHED”。"));
        mvc.perform(as(get("/api/planning/plans/1999/tasks"), "viewer")).andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/planning/plans/2099/tasks"), "viewer")).andExpect(status().isNotFound());
        mvc.perform(as(get(TASKS).param("page", "二"), "viewer")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("“page”须是整数，不能是“二”。"));
        mvc.perform(as(get(TASKS).param("overdue", "maybe"), "viewer")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("“overdue”只能是 true 或 false，不能是“maybe”。"));
        mvc.perform(as(get(TASKS).param("overdue", "TRUE").param("size", " 5 "), "viewer"))
                .andExpect(status().isOk());
    }

    @Test
    void theLeadOfficeMovesItsTaskAndTheChangeIsRecorded() throws Exception {
        mvc.perform(as(post(TASKS + "/22/transitions"), "zhijiao").contentType(MediaType.APPLICATION_JSON)
                .content(transition("START", null, versionOf(22)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.task.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.changes[0].field").value("status"))
                .andExpect(jsonPath("$.changes[0].before").value("PLANNED"))
                .andExpect(jsonPath("$.changes[0].after").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.changes[0].by").value("职教处"));
    }

    @Test
    void nobodyElseMovesATask() throws Exception {
        for (var user : new String[] { "viewer", "jijiao", "shipei" }) {
            mvc.perform(as(post(TASKS + "/22/transitions"), user).contentType(MediaType.APPLICATION_JSON)
                    .content(transition("START", null, versionOf(22)))).andExpect(status().isForbidden());
        }
        mvc.perform(post(TASKS + "/22/transitions").contentType(MediaType.APPLICATION_JSON)
                .content(transition("START", null, 0))).andExpect(status().isUnauthorized());
    }

    @Test
    void anIllegalTransitionIsRefusedWithTheReasonInTheCallersLanguage() throws Exception {
        mvc.perform(as(post(TASKS + "/4/transitions"), "zhijiao").contentType(MediaType.APPLICATION_JSON)
                .content(transition("COMPLETE", null, versionOf(4)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("任务当前为“计划中”，不能执行“标记完成”。"));
        mvc.perform(as(post(TASKS + "/4/transitions"), "zhijiao").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(transition("CANCEL", null, versionOf(4))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("\"Cancel the task\" needs a reason."));
    }

    @Test
    void aSecondEditorWorkingFromAnOldVersionIsToldAndOverwritesNothing() throws Exception {
        var seen = versionOf(3);
        mvc.perform(as(post(TASKS + "/3/transitions"), "zhijiao").contentType(MediaType.APPLICATION_JSON)
                .content(transition("START", null, seen))).andExpect(status().isOk());

        mvc.perform(as(post(TASKS + "/3/transitions"), "admin").contentType(MediaType.APPLICATION_JSON)
                .content(transition("CANCEL", "重复任务", seen))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("第 3 项任务已被他人修改。请刷新页面，查看最新内容后再操作。"));
        mvc.perform(as(get(TASKS + "/3"), "viewer")).andExpect(jsonPath("$.task.status").value("IN_PROGRESS"));
    }

    @Test
    void theUndertakingUnitRecordsProgressButDoesNotMoveTheTask() throws Exception {
        mvc.perform(as(post(TASKS + "/9/progress"), "shipei").contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2018-09-20\", \"text\": \"喀什“影子校长”培训班开班\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.progress[0].author").value("市师资培训中心"))
                .andExpect(jsonPath("$.progress[0].text").value("喀什“影子校长”培训班开班"));
        mvc.perform(as(post(TASKS + "/1/progress"), "shipei").contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2018-09-20\", \"text\": \"不是本单位的任务\"}")).andExpect(status().isForbidden());
    }

    @Test
    void milestonesAreAddedAndReached() throws Exception {
        var body = mvc.perform(as(post(TASKS + "/32/milestones"), "zhijiao").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"完成招生\", \"due\": \"2018-09-15\", \"version\": " + versionOf(32) + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.milestones[0].overdue").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String milestone = JsonPath.read(body, "$.milestones[0].id");

        mvc.perform(as(post(TASKS + "/32/milestones/" + milestone + "/reached"), "zhijiao")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reachedOn\": \"2018-09-10\", \"version\": " + versionOf(32) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.milestones[0].reachedOn").value("2018-09-10"))
                .andExpect(jsonPath("$.milestones[0].overdue").value(false));
    }

    @Test
    void exportsThePlanAsCsvAndXlsxInTheLayoutOfAttachmentTwo() throws Exception {
        var csv = mvc.perform(as(get("/api/planning/plans/2018/export.csv"), "viewer")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n");
        assertThat(text).contains("21,新疆、西藏,做好内地西藏初中班和高中班、内地新疆高中班办班工作,");
        assertThat(text.split("\r\n")).hasSize(52);

        var xlsx = mvc.perform(as(get("/api/planning/plans/2018/export.xlsx"), "viewer")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var lastRow = sheet.getRow(sheet.getLastRowNum());
            assertThat(lastRow.getCell(0).getNumericCellValue()).isEqualTo(51);
            assertThat(lastRow.getCell(2).getStringCellValue()).isEqualTo("推进落实上海市与兄弟省市政府合作框架协议工作");
        }
    }

    static MockMultipartFile csv(String... lines) {
        return new MockMultipartFile("file", "plan.csv", "text/csv",
                ("\uFEFF序号,实施地区,实施项目,责任处室（承办单位）,工作要求\r\n" + String.join("\r\n", lines))
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsAGoodFileAfterShowingWhatItWouldDo() throws Exception {
        var file = csv("1,云南,推进沪滇职教联盟建设,职教处,建立沪滇职业教育联盟。",
                "2,贵州,开展沪遵教育培训,人事处、职教处（市师资培训中心）,协调落实项目承办单位。");

        mvc.perform(as(multipart("/api/planning/plans/2031/import").file(file).param("dryRun", "true"), "admin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.newPlan").value(true))
                .andExpect(jsonPath("$.added[*].number").value(contains(1, 2)));
        mvc.perform(as(get("/api/planning/plans/2031/tasks"), "viewer")).andExpect(status().isNotFound());

        mvc.perform(as(multipart("/api/planning/plans/2031/import").file(file), "admin")).andExpect(status().isOk());
        mvc.perform(as(get("/api/planning/plans/2031/tasks"), "viewer")).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].units[0].name").value("市师资培训中心"));

        var revised = csv("1,云南,推进沪滇职教联盟建设,职教处,建立沪滇职业教育联盟，制定联盟章程。",
                "2,贵州,开展沪遵教育培训,人事处、职教处（市师资培训中心）,协调落实项目承办单位。");
        mvc.perform(as(multipart("/api/planning/plans/2031/import").file(revised), "admin")).andExpect(status().isOk())
                .andExpect(jsonPath("$.updated[0].number").value(1))
                .andExpect(jsonPath("$.updated[0].changedFields").value(contains("requirements")))
                .andExpect(jsonPath("$.unchanged[0].number").value(2));
    }

    @Test
    void aWrongRowRefusesTheWholeFileAndChangesNothing() throws Exception {
        var broken = csv("1,云南,推进沪滇职教联盟建设,职教处,建立沪滇职业教育联盟。",
                "2,火星,开展沪遵教育培训,人事处,协调。",
                "3,贵州,,人事处,协调。",
                "1,贵州,重复的序号,人事处,协调。",
                "5,贵州,不存在的处室,宣传处,协调。");

        mvc.perform(as(multipart("/api/planning/plans/2032/import").file(broken), "admin"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].line").value(contains(3, 4, 5, 6)))
                .andExpect(jsonPath("$.problems[0].message").value("未知的实施地区“火星”。"))
                .andExpect(jsonPath("$.problems[1].message").value("缺少实施项目。"))
                .andExpect(jsonPath("$.problems[2].message").value("序号 1 与第 2 行重复。"))
                .andExpect(jsonPath("$.problems[3].message").value("未知的处室“宣传处”。"));
        mvc.perform(as(get("/api/planning/plans/2032/tasks"), "viewer")).andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNoPlanIsRefusedWithAMessage() throws Exception {
        var png = new MockMultipartFile("file", "plan.xlsx", "application/octet-stream",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
        mvc.perform(as(multipart("/api/planning/plans/2018/import").file(png), "admin"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value("文件不是 Excel（.xlsx）或 CSV 表格。"));

        var wrongHeader = new MockMultipartFile("file", "plan.csv", "text/csv",
                "编号,地区,项目\r\n1,云南,项目\r\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(as(multipart("/api/planning/plans/2018/import").file(wrongHeader), "admin"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(startsWith("表头不符。")));
        mvc.perform(as(get(TASKS), "viewer")).andExpect(jsonPath("$.total").value(51))
                .andExpect(jsonPath("$.items[*].status").value(everyItem(org.hamcrest.Matchers.is("PLANNED"))));
    }

    @Test
    void onlyTheCommissionOfficeImportsAndRollsOver() throws Exception {
        mvc.perform(as(multipart("/api/planning/plans/2033/import").file(csv("1,云南,项目,职教处,要求")), "zhijiao"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/api/planning/plans/2018/rollover"), "zhijiao")).andExpect(status().isForbidden());
    }

    @Test
    void rollingOverStartsNextYearsPlanWithEveryTaskPlanned() throws Exception {
        mvc.perform(as(post("/api/planning/plans/2018/rollover"), "admin")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(2019))
                .andExpect(jsonPath("$.title").value("2019年上海教育东西部扶贫协作和对口支援主要工作任务"))
                .andExpect(jsonPath("$.tasksByStatus.PLANNED").value(51));
        mvc.perform(as(post("/api/planning/plans/2018/rollover"), "admin")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("2019 年计划已经存在。"));
    }
}
