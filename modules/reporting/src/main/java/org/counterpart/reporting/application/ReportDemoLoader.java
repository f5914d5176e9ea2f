package org.counterpart.reporting.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.counterpart.planning.PlanQueries;
import org.counterpart.reporting.DutyDraft;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReminderRun;
import org.counterpart.reporting.ReportDetails;
import org.counterpart.reporting.ReportDraft;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.ReportCalendar;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default's demo of information reports, on the 2018 plan and programmes: the commission office's
 * duties for 2018 (市师资培训中心 quarterly 工作信息 on training programme 1 and a one-off 总结 on programme 5;
 * 上海市群益职业技术学校 half-yearly 经验做法 on 中职联合办学, task 47; 职教处 a yearly 总结 on task 3; 人事处
 * half-yearly 工作信息 on task 40), reports in every state — accepted (on time and late), submitted, returned with
 * the office's comment, a draft — written, submitted and reviewed through the use cases as the demo accounts, on the
 * days of 2018 they would have been, and the reminders the daily run made on 8 January 2019.
 *
 * <p>Loaded once (when there is no duty of 2018) after every module's singletons — so the plan and the programmes
 * of the other modules' demos are there — and before the web server takes a request (an early lifecycle phase).
 */
@Component
@ConditionalOnBooleanProperty("counterpart.reporting.reports.demo")
class ReportDemoLoader implements SmartLifecycle {

    static final int YEAR = 2018;

    private static final Logger LOG = LoggerFactory.getLogger(ReportDemoLoader.class);

    static final UserContext ADMIN = new UserContext("admin", "委办公室（信息办）", Role.ADMIN, null, null);
    static final UserContext SHIPEI = new UserContext("shipei", "市师资培训中心", Role.UNIT, null, new UnitCode("shipei"));
    static final UserContext QUNYI = new UserContext("xuexiao", "上海市群益职业技术学校", Role.UNIT, null,
            new UnitCode("qunyi"));
    static final UserContext ZHIJIAO = new UserContext("zhijiao", "职教处", Role.OFFICE, new OfficeCode("zhijiao"), null);

    private final DutyService duties;
    private final ReportService reports;
    private final ReminderRun reminders;
    private final Duties dutyStore;
    private final PlanQueries plans;
    private final ProgrammeQueries programmes;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    ReportDemoLoader(DutyService duties, ReportService reports, ReminderRun reminders, Duties dutyStore,
            PlanQueries plans, ProgrammeQueries programmes, PlatformTransactionManager transactions) {
        this.duties = duties;
        this.reports = reports;
        this.reminders = reminders;
        this.dutyStore = dutyStore;
        this.plans = plans;
        this.programmes = programmes;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        running = true;
        if (dutyStore.anyOfYear(YEAR)) {
            return;
        }
        if (plans.plan(YEAR).isEmpty() || !programmes.years().contains(YEAR)) {
            LOG.warn("No demo reports: the {} plan or training programmes are not there", YEAR);
            return;
        }
        transaction.executeWithoutResult(status -> load());
        reminders.remind(LocalDate.of(YEAR + 1, 1, 8));
        LOG.info("Loaded the demo reporting duties and reports of {}", YEAR);
    }

    private void load() {
        var programme1 = trainingProgramme(1);
        var programme5 = trainingProgramme(5);
        var set = at(YEAR, 3, 1, 10);

        var shipeiNews = duty(Reporter.unit(SHIPEI.unit()), programme1, ReportKind.NEWS, DutyFrequency.QUARTERLY, 10,
                null, "每季度结束后 10 日内报送本季度项目进展与成效。", set);
        duty(Reporter.unit(SHIPEI.unit()), programme5, ReportKind.SUMMARY, DutyFrequency.ONCE,
                null, LocalDate.of(YEAR, 12, 20), "项目结束后报送总结，附学员名单与培训照片。", set);
        var qunyiPractice = duty(Reporter.unit(QUNYI.unit()), ReportSubject.task(YEAR, 47), ReportKind.PRACTICE,
                DutyFrequency.HALF_YEARLY, 15, null, "中职合作办学与贫困生经费补助的经验做法。", set);
        duty(Reporter.office(ZHIJIAO.office()), ReportSubject.task(YEAR, 3), ReportKind.SUMMARY, DutyFrequency.YEARLY,
                31, null, null, set);
        duty(Reporter.office(new OfficeCode("renshi")), ReportSubject.task(YEAR, 40), ReportKind.NEWS,
                DutyFrequency.HALF_YEARLY, 10, null, null, set);
        var zhijiaoSummary = dutyStore.find(YEAR, YEAR, java.util.Set.of(Reporter.office(ZHIJIAO.office())), null)
                .get(0).getId();

        // 市师资培训中心: Q1 on time and accepted (with the briefing as a PDF), Q2 late and accepted, Q3 under review.
        var q1 = write(SHIPEI, shipeiNews, new ReportPeriod(YEAR, DutyFrequency.QUARTERLY, 1),
                "喀什“影子校长”培训项目一季度工作信息", """
                        <p>一季度，市师资培训中心会同喀什地区教育局完成了2018年喀什“影子校长”培训的需求调研和方案设计。</p>
                        <h3>主要进展</h3>
                        <ul><li>赴泽普、莎车、叶城、巴楚四县走访学校 12 所，访谈校长 36 人；</li>
                        <li>确定本市 20 所“影子基地校”及带教导师名单；</li>
                        <li>完成 40 名学员的遴选和报到安排。</li></ul>
                        <p>下一步，将于 3 月下旬开班，实行“一对一”跟岗带教。</p>""", at(YEAR, 4, 3, 9));
        q1 = reports.attachAs(SHIPEI, reports.load(q1.report().id()), "一季度培训简报.pdf", demoPdf(),
                at(YEAR, 4, 3, 10));
        reports.submitAs(SHIPEI, reports.load(q1.report().id()), null, at(YEAR, 4, 8, 15));
        reports.acceptAs(ADMIN, reports.load(q1.report().id()), "已采用，编入第 2 期对口支援工作简报。", at(YEAR, 4, 12, 10));

        var q2 = write(SHIPEI, shipeiNews, new ReportPeriod(YEAR, DutyFrequency.QUARTERLY, 2),
                "喀什“影子校长”学员完成跟岗学习", """
                        <p>二季度，40 名喀什“影子校长”在本市 20 所基地校完成为期两个月的跟岗学习，形成办学诊断报告 40 份。</p>
                        <p>结业汇报会上，学员结合本校实际提出改进计划，<strong>泽普县第五中学</strong>等 8 所学校已启动实施。</p>""",
                at(YEAR, 7, 12, 9));
        reports.submitAs(SHIPEI, reports.load(q2.report().id()), "因结业汇报会延期，报送稍晚。", at(YEAR, 7, 16, 16));
        reports.acceptAs(ADMIN, reports.load(q2.report().id()), null, at(YEAR, 7, 20, 10));

        var q3 = write(SHIPEI, shipeiNews, new ReportPeriod(YEAR, DutyFrequency.QUARTERLY, 3),
                "喀什“影子校长”培训项目三季度工作信息", """
                        <p>三季度，市师资培训中心组织带教导师赴喀什开展回访指导，跟踪学员改进计划的落实情况。</p>
                        <ol><li>回访学校 15 所，开展专题讲座 6 场；</li><li>建立“影子校长”线上交流群，持续答疑。</li></ol>""",
                at(YEAR, 10, 5, 9));
        reports.submitAs(SHIPEI, reports.load(q3.report().id()), null, at(YEAR, 10, 8, 11));

        // Ad hoc news, no duty: accepted the next day.
        var news = reports.draftAs(SHIPEI, new ReportDraft(ReportKind.NEWS, "喀什“影子校长”第一期学员赴本市中小学跟岗学习",
                "<p>9月20日，喀什“影子校长”第一期学员分赴本市各基地校，开始为期两个月的跟岗学习。</p>", programme1, null,
                null), at(YEAR, 9, 20, 8));
        reports.submitAs(SHIPEI, reports.load(news.report().id()), null, at(YEAR, 9, 20, 9));
        reports.acceptAs(ADMIN, reports.load(news.report().id()), null, at(YEAR, 9, 21, 10));

        // 上海市群益职业技术学校: H1 returned with the office's comment; H2 still a draft.
        var h1 = write(QUNYI, qunyiPractice, new ReportPeriod(YEAR, DutyFrequency.HALF_YEARLY, 1),
                "中职合作办学上半年经验做法", """
                        <p>我校承担对口地区中职合作办学任务，上半年在校学生 96 人。</p>
                        <p>主要做法：实行“双班主任”制度，开设普通话和专业基础补习课程。</p>""", at(YEAR, 7, 5, 9));
        reports.submitAs(QUNYI, reports.load(h1.report().id()), null, at(YEAR, 7, 12, 14));
        reports.returnAs(ADMIN, reports.load(h1.report().id()),
                "请补充贫困生经费补助的发放人数、金额和发放方式，并附学生在校学习生活照片后重新报送。", at(YEAR, 7, 16, 10));

        write(QUNYI, qunyiPractice, new ReportPeriod(YEAR, DutyFrequency.HALF_YEARLY, 2), "中职合作办学下半年经验做法（草稿）",
                "<p>下半年，我校组织对口地区学生参加技能竞赛……</p>", at(YEAR, 12, 20, 9));

        // 职教处: the year's summary of task 3, accepted.
        var summary = write(ZHIJIAO, zhijiaoSummary, new ReportPeriod(YEAR, DutyFrequency.YEARLY, 1),
                "2018年滇西兜底招生工作总结", """
                        <p>2018年，职教处会同规划处全面落实《职业教育东西协作行动计划落实协议书》，继续开展中职招生协作兜底行动。</p>
                        <table><thead><tr><th>项目</th><th>计划</th><th>完成</th></tr></thead>
                        <tbody><tr><td>招生人数</td><td>500</td><td>512</td></tr><tr><td>参与学校</td><td>12</td><td>12</td></tr></tbody></table>""",
                at(YEAR + 1, 1, 20, 9));
        reports.submitAs(ZHIJIAO, reports.load(summary.report().id()), null, at(YEAR + 1, 1, 25, 15));
        reports.acceptAs(ADMIN, reports.load(summary.report().id()), "总结全面，已采用。", at(YEAR + 1, 1, 30, 10));
    }

    private DutyId duty(Reporter reporter, ReportSubject subject, ReportKind kind, DutyFrequency frequency,
            Integer daysAllowed, LocalDate dueOn, String note, Instant at) {
        return duties.createAs(ADMIN, new DutyDraft(YEAR, reporter, subject, kind, frequency, daysAllowed, dueOn, null,
                note), at).id();
    }

    private ReportDetails write(UserContext writer, DutyId duty, ReportPeriod period, String title, String body,
            Instant at) {
        return reports.draftAs(writer, new ReportDraft(null, title, body, null, duty, period), at);
    }

    private ReportSubject trainingProgramme(int number) {
        return programmes.programmes(new ProgrammeQuery(YEAR, null, null, null, 0, ProgrammeQuery.MAX_PAGE_SIZE))
                .items().stream().filter(p -> p.number() == number).findFirst()
                .map(p -> ReportSubject.trainingProgramme(p.id().value()))
                .orElseThrow(() -> ReportRejected.invalid("reporting.report.subject-unknown", "training " + number));
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(ReportCalendar.SHANGHAI).toInstant();
    }

    private static byte[] demoPdf() {
        try (var in = new ClassPathResource("reporting/demo/training-brief-2018-q1.pdf").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early: after every singleton (the other modules' demos included), before the web server starts. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }
}
