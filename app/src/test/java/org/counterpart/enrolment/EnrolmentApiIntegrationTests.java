package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The enrolment API against the real database: the 2018 programmes as the demo has them, who sees which students,
 * imports all or nothing, quota and subsidy rules, the stage machine, optimistic locking and the audited reveal of an
 * ID number. Every test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EnrolmentApiIntegrationTests {

    static final String API = "/api/enrolment";
    static final String CSV_HEADER = "姓名,性别,民族,身份证号,生源地,县（市、区）,建档立卡,学校,专业,入学年份\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String programme2018(String kind) throws Exception {
        var list = body(mvc.perform(get(API + "/programmes").param("year", "2018").with(httpBasic("viewer", "demo"))));
        return ((List<?>) JsonPath.read(list, "$.items[?(@.kind == '" + kind + "')].id")).get(0).toString();
    }

    /** A programme of a year of its own, planned by ADMIN: 上海市群益职业技术学校 by major, 上海市商业学校 as a whole. */
    String newProgramme(int qunyiSeats, int shangyeSeats) throws Exception {
        // A year has one joint vocational programme: take a year without one (the module tests' years stay).
        int year;
        do {
            year = 2100 - ThreadLocalRandom.current().nextInt(1, 95);
        } while (((Number) JsonPath.read(body(mvc.perform(get(API + "/programmes").param("year", "" + year)
                .param("kind", "JOINT_VOCATIONAL_SCHOOLING").with(httpBasic("viewer", "demo")))), "$.total"))
                .intValue() > 0);
        var created = body(mvc.perform(post(API + "/programmes").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"academicYear": %d, "kind": "JOINT_VOCATIONAL_SCHOOLING", "funding": 10.5,
                         "quotas": [{"hostSchool": "qunyi", "major": "旅游服务与管理", "seats": %d},
                                    {"hostSchool": "shangye", "seats": %d}]}
                        """.formatted(year, qunyiSeats, shangyeSeats))).andExpect(status().isCreated()));
        return JsonPath.read(created, "$.programme.id");
    }

    ResultActions admit(String programme, String user, String school, String major, boolean poverty)
            throws Exception {
        return mvc.perform(post(API + "/programmes/" + programme + "/students").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "测试学生", "gender": "女", "ethnicity": "维吾尔族", "nationalId": "%s",
                         "sourceRegion": "zepu", "county": "泽普县", "poverty": %s, "hostSchool": "%s",
                         "major": %s, "cohortYear": 2018}
                        """.formatted(NationalIds.next(), poverty, school, major == null ? "null" : "\"" + major + "\"")));
    }

    String admitted(String programme, String user, String school, String major, boolean poverty) throws Exception {
        return JsonPath.read(body(admit(programme, user, school, major, poverty).andExpect(status().isCreated())),
                "$.student.id");
    }

    ResultActions move(String student, String user, String to, String reason) throws Exception {
        var version = ((Number) JsonPath.read(body(mvc.perform(get(API + "/students/" + student)
                .with(httpBasic("admin", "demo")))), "$.student.version")).longValue();
        return mvc.perform(post(API + "/students/" + student + "/stage").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"%s\", \"reason\": %s, \"version\": %d}".formatted(to,
                        reason == null ? "null" : "\"" + reason + "\"", version)));
    }

    ResultActions grant(String student, String user, String term, String amount) throws Exception {
        return mvc.perform(post(API + "/students/" + student + "/subsidies").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"term\": \"%s\", \"amount\": %s, \"purpose\": \"学费补助\"}".formatted(term, amount)));
    }

    ResultActions importCsv(String programme, String user, String csv, boolean dryRun) throws Exception {
        return mvc.perform(multipart(API + "/programmes/" + programme + "/students/import")
                .file(new MockMultipartFile("file", "students.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", String.valueOf(dryRun)).with(httpBasic(user, "demo")));
    }

    long studentsIn(String programme) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_student WHERE programme_id = ?", Long.class,
                programme);
    }

    @Test
    void theProgrammesOf2018AreTheNoticesWithJointVocationalSchoolingFundedAsRow12() throws Exception {
        mvc.perform(get(API + "/programmes").param("year", "2018").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.totals.funding").value(224.3))
                .andExpect(jsonPath("$.items[*].planTask").value(org.hamcrest.Matchers.containsInAnyOrder(3, 16, 19,
                        21, 21, 21, 22, 22, 27, 28, 32, 47)));
        mvc.perform(get(API + "/programmes/" + programme2018("JOINT_VOCATIONAL_SCHOOLING"))
                .with(httpBasic("viewer", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.kindName").value("中职联合办学"))
                .andExpect(jsonPath("$.programme.sourceRegion.name").value("西部对口地区"))
                .andExpect(jsonPath("$.programme.funding").value(224.3))
                .andExpect(jsonPath("$.programme.planTask").value(47))
                .andExpect(jsonPath("$.programme.academicYear").value(2018))
                .andExpect(jsonPath("$.programme.hostSchools[*].name").value(hasItem("上海市群益职业技术学校")))
                .andExpect(jsonPath("$.programme.quota").value(130))
                .andExpect(jsonPath("$.programme.enrolled").value(4))
                .andExpect(jsonPath("$.programme.subsidised").value(52500.00))
                .andExpect(jsonPath("$.subsidies.total").value(52500.00));
        mvc.perform(get(API + "/programmes").param("year", "2018").param("kind", "XINJIANG_SENIOR_CLASS")
                .with(httpBasic("viewer", "demo"))).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].hostSchools[0].name").value("上海市回民中学"));
        mvc.perform(get(API + "/programmes").param("year", "2018").param("kind", "NO_SUCH_KIND")
                .with(httpBasic("viewer", "demo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.kind.unknown"));
    }

    @Test
    void studentListsShowIdNumbersOnlyMasked() throws Exception {
        mvc.perform(get(API + "/programmes/" + programme2018("XINJIANG_SENIOR_CLASS") + "/students")
                .with(httpBasic("jijiao", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].nationalId").value(everyItem(matchesPattern("\\d{4}\\*{10}[0-9X]{4}"))));
    }

    @Test
    void whoSeesWhichStudents() throws Exception {
        var hui = programme2018("XINJIANG_SENIOR_CLASS");
        var joint = programme2018("JOINT_VOCATIONAL_SCHOOLING");
        for (var reader : List.of("admin", "jijiao", "zhijiao")) {
            mvc.perform(get(API + "/programmes/" + joint + "/students").with(httpBasic(reader, "demo")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(7));
        }
        for (var figuresOnly : List.of("viewer", "renshi", "shipei")) {
            mvc.perform(get(API + "/programmes/" + joint + "/students").with(httpBasic(figuresOnly, "demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(API + "/programmes/" + joint).with(httpBasic(figuresOnly, "demo")))
                    .andExpect(status().isOk());
        }
        // The host school sees its own students and nobody else's.
        mvc.perform(get(API + "/programmes/" + joint + "/students").with(httpBasic("xuexiao", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].hostSchool.code").value(everyItem(org.hamcrest.Matchers.is("qunyi"))));
        mvc.perform(get(API + "/programmes/" + joint + "/students").param("school", "shangye")
                .with(httpBasic("xuexiao", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/programmes/" + hui + "/students").with(httpBasic("xuexiao", "demo")))
                .andExpect(status().isForbidden());
        var otherSchools = body(mvc.perform(get(API + "/programmes/" + joint + "/students").param("school", "shangye")
                .with(httpBasic("admin", "demo"))));
        String other = JsonPath.read(otherSchools, "$.items[0].id");
        mvc.perform(get(API + "/students/" + other).with(httpBasic("xuexiao", "demo"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("enrolment.student.forbidden.read"));
        mvc.perform(get(API + "/students/" + other).with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/students/" + other)).andExpect(status().isUnauthorized());
    }

    @Test
    void aHostSchoolRegistersItsOwnStudentsOnly() throws Exception {
        var programme = newProgramme(5, 5);
        admit(programme, "xuexiao", "qunyi", "旅游服务与管理", false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.student.stage").value("ADMITTED"));
        admit(programme, "xuexiao", "shangye", null, false).andExpect(status().isForbidden());
        admit(programme, "shipei", "qunyi", "旅游服务与管理", false).andExpect(status().isForbidden());
        admit(programme, "viewer", "qunyi", "旅游服务与管理", false).andExpect(status().isForbidden());
        admit(programme, "admin", "qunyi", "会计", false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.student.major-not-planned"));
        admit(programme, "admin", "huimin", null, false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("上海市回民中学不是本项目的承办学校。"));
        assertThat(studentsIn(programme)).isEqualTo(1);
    }

    @Test
    void beyondTheQuotaASchoolsAdmissionWaitsForTheCommissionOffice() throws Exception {
        var programme = newProgramme(1, 1);
        admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        var beyond = body(admit(programme, "xuexiao", "qunyi", "旅游服务与管理", false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.student.stage").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.student.overQuota").value(true)));
        String waiting = JsonPath.read(beyond, "$.student.id");
        mvc.perform(get(API + "/programmes/" + programme).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.programme.admitted").value(1)).andExpect(jsonPath("$.programme.awaiting").value(1));
        move(waiting, "xuexiao", "ADMITTED", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("enrolment.student.forbidden.approve"));
        move(waiting, "admin", "ADMITTED", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.student.stage").value("ADMITTED"));
        // ADMIN's own admission beyond the quota is approved as made, and marked.
        admit(programme, "admin", "shangye", null, false);
        admit(programme, "admin", "shangye", null, false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.student.stage").value("ADMITTED"))
                .andExpect(jsonPath("$.student.overQuota").value(true));
        mvc.perform(get(API + "/programmes/" + programme).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.programme.admitted").value(4)).andExpect(jsonPath("$.programme.awaiting").value(0));
    }

    @Test
    void theStageMachineRefusesIllegalMovesAndStaleVersions() throws Exception {
        var programme = newProgramme(5, 5);
        var student = admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        move(student, "xuexiao", "GRADUATED", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("学生不能从“已录取”转为“已毕业”。"));
        move(student, "xuexiao", "WITHDRAWN", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.student.reason-required"));
        move(student, "xuexiao", "SOMEWHERE", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.stage.unknown"));
        move(student, "xuexiao", "ENROLLED", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.student.stage").value("ENROLLED"))
                .andExpect(jsonPath("$.nextStages").value(org.hamcrest.Matchers.contains("GRADUATED", "WITHDRAWN")))
                .andExpect(jsonPath("$.changes[0].field").value("stage"))
                .andExpect(jsonPath("$.changes[0].before").value("ADMITTED"))
                .andExpect(jsonPath("$.changes[0].after").value("ENROLLED"))
                .andExpect(jsonPath("$.changes[0].by").value("上海市群益职业技术学校"));
        mvc.perform(post(API + "/students/" + student + "/stage").with(httpBasic("xuexiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"GRADUATED\", \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("enrolment.student.changed-meanwhile"));
        move(student, "jijiao", "GRADUATED", null).andExpect(status().isForbidden());
        move(student, "xuexiao", "WITHDRAWN", "家庭原因").andExpect(status().isOk())
                .andExpect(jsonPath("$.student.withdrawalReason").value("家庭原因"))
                .andExpect(jsonPath("$.nextStages").isEmpty());
    }

    @Test
    void aSubsidyIsGrantedOncePerTermToAPoorStudentAtSchool() throws Exception {
        var programme = newProgramme(5, 5);
        var poor = admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", true);
        grant(poor, "xuexiao", "2018-1", "3000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.subsidy.not-enrolled"));
        move(poor, "xuexiao", "ENROLLED", null).andExpect(status().isOk());
        grant(poor, "viewer", "2018-1", "3000").andExpect(status().isForbidden());
        grant(poor, "renshi", "2018-1", "3000").andExpect(status().isForbidden());
        grant(poor, "xuexiao", "2018-1", "-5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.subsidy.amount-invalid"));
        grant(poor, "xuexiao", "2018-1", "3000.005").andExpect(status().isBadRequest());
        grant(poor, "xuexiao", "2018学年第一学期", "3000.50").andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(3000.50));
        grant(poor, "zhijiao", "2018-1", "1500").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("测试学生在2018学年第一学期已领过补助，同一学期不能重复发放。"));
        grant(poor, "zhijiao", "2018-2", "1500").andExpect(status().isCreated());
        grant(poor, "zhijiao", "2017-2", "1500").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.subsidy.before-cohort"));
        var notPoor = admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        move(notPoor, "xuexiao", "ENROLLED", null);
        grant(notPoor, "admin", "2018-1", "3000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.subsidy.not-poverty"));
        mvc.perform(get(API + "/programmes/" + programme).with(httpBasic("viewer", "demo")))
                .andExpect(jsonPath("$.programme.subsidised").value(4500.50))
                .andExpect(jsonPath("$.subsidies.byRegion[0].region.name").value("泽普县"))
                .andExpect(jsonPath("$.subsidies.byRegion[0].students").value(1))
                .andExpect(jsonPath("$.subsidies.byRegion[0].grants").value(2));
    }

    @Test
    void anImportPreviewsThenAddsEveryRow() throws Exception {
        var programme = newProgramme(1, 5);
        var csv = CSV_HEADER
                + "阿依古丽,女,维吾尔族,%s,泽普县,泽普县,是,上海市群益职业技术学校,旅游服务与管理,2018\n".formatted(NationalIds.next())
                + "买买提,男,维吾尔族,%s,喀什,,否,上海市群益职业技术学校,旅游服务与管理,\n".formatted(NationalIds.next());
        importCsv(programme, "xuexiao", csv, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.students.length()").value(2))
                .andExpect(jsonPath("$.students[0].stage").value("ADMITTED"))
                .andExpect(jsonPath("$.students[1].stage").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.students[0].maskedNationalId").value(matchesPattern("6531\\*{10}\\d{3}[0-9X]")));
        assertThat(studentsIn(programme)).isZero();
        importCsv(programme, "xuexiao", csv, false).andExpect(status().isOk());
        assertThat(studentsIn(programme)).isEqualTo(2);
        // The same list again: every row is already there, so nothing is added.
        importCsv(programme, "xuexiao", csv, false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].error").value(everyItem(org.hamcrest.Matchers.is(
                        "enrolment.import.already-registered"))));
        assertThat(studentsIn(programme)).isEqualTo(2);
    }

    @Test
    void theYearOfEntryIsReadHoweverItIsTyped() throws Exception {
        var programme = newProgramme(10, 10);
        var row = "学生,女,维吾尔族,%s,泽普县,泽普县,否,上海市群益职业技术学校,旅游服务与管理,%s\n";
        var typed = new String[] { "2018年9月", "２０１８", "2018/9/1", "2018.9", "2018级", "2018-09-01 00:00" };
        var csv = new StringBuilder(CSV_HEADER);
        for (var year : typed) {
            csv.append(row.formatted(NationalIds.next(), year));
        }
        importCsv(programme, "xuexiao", csv.toString(), true).andExpect(status().isOk())
                .andExpect(jsonPath("$.students.length()").value(typed.length))
                .andExpect(jsonPath("$.students[*].cohortYear").value(everyItem(org.hamcrest.Matchers.is(2018))));

        var wrong = CSV_HEADER + row.formatted(NationalIds.next(), "2018年9月") + row.formatted(NationalIds.next(), "18级");
        mvc.perform(multipart(API + "/programmes/" + programme + "/students/import")
                .file(new MockMultipartFile("file", "students.csv", "text/csv", wrong.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("xuexiao", "demo")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].line").value(org.hamcrest.Matchers.contains(3)))
                .andExpect(jsonPath("$.problems[0].message")
                        .value("入学年份“18级”无效，请填写 2000 至 2100 年间的四位年份，如 2018、2018年9月或 2018/9/1。"));
        assertThat(studentsIn(programme)).isZero();
    }

    @Test
    void everyShowingOfStudentsRecordsIsRecordedForTheCommissionOffice() throws Exception {
        var programme = newProgramme(5, 5);
        var student = admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        var before = shown(programme);

        mvc.perform(get(API + "/programmes/" + programme + "/students").with(httpBasic("viewer", "demo")))
                .andExpect(status().isForbidden());
        assertThat(shown(programme)).as("refused, nothing shown, nothing recorded").isEqualTo(before);
        mvc.perform(get(API + "/programmes/" + programme + "/students").with(httpBasic("xuexiao", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get(API + "/students/" + student).with(httpBasic("jijiao", "demo"))).andExpect(status().isOk());

        var latest = jdbc.queryForList("SELECT username, student_id, students FROM enrolment_student_read "
                + "WHERE programme_id = ? ORDER BY id DESC LIMIT 2", programme);
        assertThat(latest.get(0)).as("one student's record, shown to 基教处").containsEntry("username", "jijiao")
                .containsEntry("student_id", student).containsEntry("students", 1);
        assertThat(latest.get(1)).as("the list, shown to the host school").containsEntry("username", "xuexiao")
                .containsEntry("student_id", null).containsEntry("students", 1);
        assertThat(shown(programme)).isEqualTo(before + 2);
    }

    long shown(String programme) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_student_read WHERE programme_id = ?", Long.class,
                programme);
    }

    /** Full-width digits, letters, spaces and punctuation, as Chinese input methods type them, mixed with half-width. */
    @Test
    void anImportTypedInMixedFullAndHalfWidthIsReadAsMeant() throws Exception {
        var programme = newProgramme(10, 10);
        var id = NationalIds.next();
        var fullWidthId = id.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０'))
                : String.valueOf((char) c)).reduce("", String::concat);
        var csv = CSV_HEADER
                + "阿依古丽,女,维吾尔族,%s,泽普县,泽普县,是,上海市群益职业技术学校　,旅游服务与管理,２０１８年\n".formatted(fullWidthId)
                + "买买提,男,维吾尔族, %s ,　泽普县,泽普县,否,上海市群益职业技术学校,旅游服务与管理,2018\n".formatted(
                        NationalIds.next());
        importCsv(programme, "xuexiao", csv, false).andExpect(status().isOk());

        var stored = jdbc.queryForList("SELECT name, region_code, host_school, cohort_year FROM enrolment_student "
                + "WHERE programme_id = ? ORDER BY name", programme);
        assertThat(stored).extracting(r -> r.get("host_school")).containsOnly("qunyi");
        assertThat(stored).extracting(r -> r.get("region_code")).containsOnly("zepu");
        assertThat(stored).extracting(r -> ((Number) r.get("cohort_year")).intValue()).containsOnly(2018);
        // The ID typed in full-width digits is the same number as typed in half-width: registering it again is refused.
        mvc.perform(post(API + "/programmes/" + programme + "/students").with(httpBasic("xuexiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "重复", "gender": "女", "ethnicity": "维吾尔族", "nationalId": "%s", "sourceRegion": "zepu",
                         "county": "泽普县", "poverty": false, "hostSchool": "qunyi", "major": "旅游服务与管理",
                         "cohortYear": 2018}""".formatted(id))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("enrolment.student.already-registered"));
    }

    @Test
    void aBrokenImportAddsNothingAndSaysWhyForEachLine() throws Exception {
        var programme = newProgramme(10, 10);
        var good = NationalIds.next();
        var csv = CSV_HEADER
                + "好学生,女,藏族,%s,日喀则,桑珠孜区,否,上海市群益职业技术学校,旅游服务与管理,2018\n".formatted(good)
                + "抄错号,男,藏族,%s,日喀则,,否,上海市群益职业技术学校,旅游服务与管理,2018\n"
                        .formatted(NationalIds.withWrongCheck(NationalIds.next()))
                + "重复号,男,藏族,%s,日喀则,,否,上海市群益职业技术学校,旅游服务与管理,2018\n".formatted(good)
                + "别校生,男,藏族,%s,日喀则,,否,上海市商业学校,,2018\n".formatted(NationalIds.next())
                + "无地区,男,藏族,%s,火星,,否,上海市群益职业技术学校,旅游服务与管理,2018\n".formatted(NationalIds.next())
                + "错性别,X,藏族,%s,日喀则,,否,上海市群益职业技术学校,旅游服务与管理,2018\n".formatted(NationalIds.next());
        mvc.perform(multipart(API + "/programmes/" + programme + "/students/import")
                .file(new MockMultipartFile("file", "students.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("xuexiao", "demo")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("enrolment.import.rejected"))
                .andExpect(jsonPath("$.problems[*].line").value(org.hamcrest.Matchers.contains(3, 4, 5, 6, 7)))
                .andExpect(jsonPath("$.problems[0].error").value("enrolment.national-id.checksum"))
                .andExpect(jsonPath("$.problems[1].error").value("enrolment.import.duplicate"))
                .andExpect(jsonPath("$.problems[2].error").value("enrolment.import.other-school"))
                .andExpect(jsonPath("$.problems[3].message").value("生源地“火星”不在对口地区名录中。"))
                .andExpect(jsonPath("$.problems[4].error").value("enrolment.student.gender-unknown"));
        assertThat(studentsIn(programme)).isZero();
        importCsv(programme, "xuexiao", "这不是名单\n", false).andExpect(status().isUnprocessableContent());
        mvc.perform(multipart(API + "/programmes/" + programme + "/students/import")
                .file(new MockMultipartFile("file", "students.xlsx", "application/octet-stream",
                        "PK not really a workbook".getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("xuexiao", "demo"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(not(org.hamcrest.Matchers.emptyString())));
        importCsv(programme, "viewer", CSV_HEADER, false).andExpect(status().isForbidden());
        assertThat(studentsIn(programme)).isZero();
    }

    @Test
    void onlyTheCommissionOfficeSeesAFullIdNumberAndEveryLookIsRecorded() throws Exception {
        var programme = newProgramme(5, 5);
        var number = NationalIds.next();
        var created = body(mvc.perform(post(API + "/programmes/" + programme + "/students")
                .with(httpBasic("xuexiao", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "热依拉", "gender": "女", "ethnicity": "维吾尔族", "nationalId": "%s",
                         "sourceRegion": "zepu", "poverty": false, "hostSchool": "qunyi", "major": "旅游服务与管理",
                         "cohortYear": 2018}""".formatted(number))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.student.nationalId").value(number.substring(0, 4) + "**********"
                        + number.substring(14))));
        String student = JsonPath.read(created, "$.student.id");
        assertThat(created).doesNotContain(number);
        for (var refused : List.of("xuexiao", "jijiao", "viewer")) {
            mvc.perform(post(API + "/students/" + student + "/national-id").with(httpBasic(refused, "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"核对\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(API + "/students/" + student + "/national-id").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}")).andExpect(status().isBadRequest());
        mvc.perform(post(API + "/students/" + student + "/national-id").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"核对学籍档案\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nationalId").value(number));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_id_reveal WHERE student_id = ? AND reason = ?",
                Long.class, student, "核对学籍档案")).isEqualTo(1);
        mvc.perform(get(API + "/students/" + student).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.changes[?(@.field == 'nationalIdRevealed')].after").value(hasItem("核对学籍档案")))
                .andExpect(jsonPath("$.changes[?(@.field == 'nationalIdRevealed')].by").value(hasItem("委办公室（信息办）")));
        var seenBySchool = body(mvc.perform(get(API + "/students/" + student).with(httpBasic("xuexiao", "demo"))));
        assertThat(seenBySchool).doesNotContain(number).doesNotContain("nationalIdRevealed");
        admit(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        mvc.perform(post(API + "/programmes/" + programme + "/students").with(httpBasic("xuexiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "同一人", "gender": "女", "ethnicity": "维吾尔族", "nationalId": "%s",
                         "sourceRegion": "zepu", "poverty": false, "hostSchool": "qunyi", "major": "旅游服务与管理",
                         "cohortYear": 2018}""".formatted(number))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("enrolment.student.already-registered"));
    }

    @Test
    void theCoordinatingOfficeRevisesTheQuotaButNeverBelowTheSeatsTaken() throws Exception {
        var programme = newProgramme(2, 2);
        admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        admitted(programme, "xuexiao", "qunyi", "旅游服务与管理", false);
        var version = ((Number) JsonPath.read(body(mvc.perform(get(API + "/programmes/" + programme)
                .with(httpBasic("admin", "demo")))), "$.programme.version")).longValue();
        var lower = """
                {"funding": 12, "version": %d, "quotas": [{"hostSchool": "qunyi", "major": "旅游服务与管理", "seats": 1},
                                                          {"hostSchool": "shangye", "seats": 2}]}""".formatted(version);
        var higher = lower.replace("\"seats\": 1}", "\"seats\": 30}");
        mvc.perform(put(API + "/programmes/" + programme + "/quota").with(httpBasic("jijiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(higher)).andExpect(status().isForbidden());
        mvc.perform(put(API + "/programmes/" + programme + "/quota").with(httpBasic("zhijiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(lower)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("enrolment.quota.below-filled"));
        mvc.perform(put(API + "/programmes/" + programme + "/quota").with(httpBasic("zhijiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(higher)).andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.quota").value(32)).andExpect(jsonPath("$.programme.funding").value(12))
                .andExpect(jsonPath("$.changes[*].field").value(hasItem("quota")));
        mvc.perform(put(API + "/programmes/" + programme + "/quota").with(httpBasic("zhijiao", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(higher)).andExpect(status().isConflict());
        mvc.perform(post(API + "/programmes").with(httpBasic("zhijiao", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"academicYear\": 2031, \"kind\": \"TIBET_JUNIOR_CLASS\", \"quotas\": "
                        + "[{\"hostSchool\": \"gongkang\", \"seats\": 10}]}"))
                .andExpect(status().isForbidden());
    }
}
