package org.counterpart.enrolment.adapter.in.files;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.directory.Directory;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.GrantSubsidies;
import org.counterpart.enrolment.ManageEnrolmentProgrammes;
import org.counterpart.enrolment.ManageStudents;
import org.counterpart.enrolment.NewEnrolmentProgramme;
import org.counterpart.enrolment.NewStudent;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo data: the 2018 enrolment programmes the notice names (tasks 3, 16, 19, 21, 22, 27, 28,
 * 32, 47), joint vocational schooling with row 12's 224.3 万元, and invented students — names, and ID numbers with
 * valid check characters — read from {@code enrolment/demo/students-2018.csv}, registered and moved through their
 * stages by the module's own use cases, with subsidies for the poor households of joint vocational schooling. The
 * quotas are invented too: the notice sets none. Loaded once, before the application takes requests.
 */
@Component
@ConditionalOnBooleanProperty("counterpart.enrolment.demo")
class DemoEnrolmentLoader implements SmartInitializingSingleton {

    static final int YEAR = 2018;
    static final String FILE = "enrolment/demo/students-2018.csv";
    /** Row 12 of Attachment 1: 中职联合办学, 224.3 万元. */
    static final BigDecimal JOINT_VOCATIONAL_FUNDING = new BigDecimal("224.3");

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnrolmentLoader.class);

    private final ManageEnrolmentProgrammes programmes;
    private final EnrolmentProgrammeQueries queries;
    private final ManageStudents students;
    private final GrantSubsidies subsidies;
    private final Directory directory;

    DemoEnrolmentLoader(ManageEnrolmentProgrammes programmes, EnrolmentProgrammeQueries queries,
            ManageStudents students, GrantSubsidies subsidies, Directory directory) {
        this.programmes = programmes;
        this.queries = queries;
        this.students = students;
        this.subsidies = subsidies;
        this.directory = directory;
    }

    /** The 2018 programmes: kind, funding (万元) and the quota per host school (and major). */
    static Map<ProgrammeKind, List<QuotaLine>> quotas() {
        var quotas = new LinkedHashMap<ProgrammeKind, List<QuotaLine>>();
        quotas.put(ProgrammeKind.DIANXI_GUARANTEED_ENROLMENT, List.of(line("chengke", null, 60),
                line("shangye", null, 60)));
        quotas.put(ProgrammeKind.KASHGAR_TARGETED_ENROLMENT, List.of(line("shnu", null, 50), line("donghua", null, 50)));
        quotas.put(ProgrammeKind.XINJIANG_GRADUATE_EMPLOYMENT, List.of(line("donghua", null, 30),
                line("shnu", null, 30)));
        quotas.put(ProgrammeKind.TIBET_JUNIOR_CLASS, List.of(line("gongkang", null, 120)));
        quotas.put(ProgrammeKind.TIBET_SENIOR_CLASS, List.of(line("datong", null, 60)));
        quotas.put(ProgrammeKind.XINJIANG_SENIOR_CLASS, List.of(line("huimin", null, 90)));
        quotas.put(ProgrammeKind.XINJIANG_VOCATIONAL_CLASS, List.of(line("qunyi", "数控技术应用", 40),
                line("qunyi", "电子商务", 40), line("shangye", "会计", 40)));
        quotas.put(ProgrammeKind.TIBET_VOCATIONAL_CLASS, List.of(line("yiyao", "护理", 40),
                line("chengke", "建筑工程施工", 30)));
        quotas.put(ProgrammeKind.TIBET_SPECIAL_RECRUITMENT, List.of(line("fudan", null, 20), line("sjtu", null, 20),
                line("tongji", null, 20)));
        quotas.put(ProgrammeKind.TIBET_GRADUATE_EMPLOYMENT, List.of(line("fudan", null, 15), line("tongji", null, 15)));
        quotas.put(ProgrammeKind.GOLOG_VOCATIONAL_CLASS, List.of(line("qunyi", "汽车运用与维修", 30)));
        quotas.put(ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, List.of(line("qunyi", "旅游服务与管理", 50),
                line("yiyao", "中药", 30), line("shangye", "会计", 50)));
        return quotas;
    }

    private static QuotaLine line(String school, String major, int seats) {
        return new QuotaLine(new UnitCode(school), major, seats);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (queries.years().contains(YEAR)) {
            return;
        }
        var planned = new LinkedHashMap<ProgrammeKind, EnrolmentProgrammeId>();
        quotas().forEach((kind, lines) -> planned.put(kind, programmes.plan(new NewEnrolmentProgramme(YEAR, kind, null,
                null, null, null, kind == ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING ? JOINT_VOCATIONAL_FUNDING : null,
                lines)).programme().id()));
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var count = 0;
        try (var reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var record : parser) {
                var kind = ProgrammeKind.parse(record.get("项目"));
                register(planned.get(kind), record, kind == ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Loaded the demo enrolment programmes of {}: {}, with {} invented students", YEAR, planned.size(),
                count);
    }

    private void register(EnrolmentProgrammeId programme, CSVRecord record, boolean subsidised) {
        var school = directory.unitNamed(record.get("学校"))
                .orElseThrow(() -> new IllegalStateException("unit not in the directory: " + record.get("学校")));
        var region = directory.regionNamed(record.get("生源地"))
                .orElseThrow(() -> new IllegalStateException("region not in the directory: " + record.get("生源地")));
        var poverty = "是".equals(record.get("建档立卡"));
        var subsidy = poverty && subsidised;
        var cohortYear = Integer.parseInt(record.get("入学年份"));
        var student = students.admit(programme, new NewStudent(record.get("姓名"), Gender.parse(record.get("性别")),
                record.get("民族"), record.get("身份证号"), region.code(), record.get("县（市、区）"), poverty, school.code(),
                record.get("专业"), cohortYear));
        var id = student.student().id();
        var version = student.student().version();
        var stage = student.student().stage();
        // 阶段: the stage to reach, "WITHDRAWN:reason", or "GRADUATED>OUTCOME" for a graduate with an outcome.
        for (var step : record.get("阶段").split(">")) {
            var target = StudentStage.parse(step.contains(":") ? step.substring(0, step.indexOf(':')) : step);
            var reason = step.contains(":") ? step.substring(step.indexOf(':') + 1) : null;
            for (var next : path(stage, target)) {
                if (subsidy && next == StudentStage.GRADUATED) {
                    grantEachTerm(id, cohortYear, YEAR - 1);
                }
                var moved = students.move(id, next, reason, version);
                version = moved.student().version();
                stage = next;
            }
        }
        if (subsidy && stage == StudentStage.ENROLLED) {
            grantEachTerm(id, YEAR, YEAR);
        }
    }

    /** 贫困生经费补助 for each term of the academic years from {@code from} to {@code to}. */
    private void grantEachTerm(org.counterpart.enrolment.StudentId student, int from, int to) {
        for (int year = from; year <= to; year++) {
            subsidies.grant(student, new Term(year, 1), new BigDecimal("3000.00"), "学费及住宿费补助");
            if (year < to || to < YEAR) {
                subsidies.grant(student, new Term(year, 2), new BigDecimal("1500.00"), "生活补助");
            }
        }
    }

    /** The stages from one to another along admitted → enrolled → graduated → outcome, or straight to withdrawn. */
    static List<StudentStage> path(StudentStage from, StudentStage to) {
        var steps = new ArrayList<StudentStage>();
        var at = from;
        while (at != to && !at.mayMoveTo(to)) {
            if (at != StudentStage.ADMITTED && at != StudentStage.ENROLLED) {
                throw new IllegalStateException("no way from " + from + " to " + to);
            }
            at = at == StudentStage.ADMITTED ? StudentStage.ENROLLED : StudentStage.GRADUATED;
            steps.add(at);
        }
        if (at != to) {
            steps.add(to);
        }
        return steps;
    }
}
