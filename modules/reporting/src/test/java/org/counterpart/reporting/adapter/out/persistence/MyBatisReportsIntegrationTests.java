package org.counterpart.reporting.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReminderKind;
import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportQuery;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.Reminder;
import org.counterpart.reporting.domain.Reminders;
import org.counterpart.reporting.domain.Report;
import org.counterpart.reporting.domain.ReportActor;
import org.counterpart.reporting.domain.ReportAttachment;
import org.counterpart.reporting.domain.ReportAttachmentRules;
import org.counterpart.reporting.domain.ReportScope;
import org.counterpart.reporting.domain.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, duties and reminders over MyBatis against the real MySQL-compatible server: what is saved reads back
 * whole (history, files, Chinese text, times), the version and the one-report-per-period rule hold, lists keep to
 * their filters and scopes. Each test has a unit code and a year of its own and is rolled back.
 */
@SpringBootTest
@Transactional
class MyBatisReportsIntegrationTests {

    static final ReportActor WRITER = new ReportActor("shipei", "市师资培训中心");
    static final ReportActor OFFICE = new ReportActor("admin", "委办公室（信息办）");
    static final ReportAttachmentRules.Limits LIMITS = new ReportAttachmentRules.Limits(5_000_000, 10_000_000, 5);

    @Autowired
    Reports reports;

    @Autowired
    Duties duties;

    @Autowired
    Reminders reminders;

    int year;
    Reporter unit;
    Instant t0;

    @BeforeEach
    void aYearAndAUnitOfItsOwn() {
        year = 2060 + ThreadLocalRandom.current().nextInt(0, 40);
        unit = Reporter.unit(new UnitCode("t-" + UUID.randomUUID().toString().substring(0, 8)));
        // whole seconds: Connector/J against MariaDB drops the fractions of bound timestamps
        t0 = Instant.parse(year + "-04-03T01:00:00Z");
    }

    Duty quarterly() {
        var duty = new Duty(DutyId.next(), year, unit, ReportSubject.task(2018, 47), "做好对口地区中职合作办学",
                ReportKind.PRACTICE, DutyFrequency.QUARTERLY, 10, null, "contact@example.org", "季度报送", t0, "委办公室", 0);
        duties.add(duty);
        return duty;
    }

    Report report(Duty duty, int quarter) {
        var report = Report.draft(unit, ReportKind.PRACTICE, "第" + quarter + "季度经验做法",
                "<h3>做法</h3><p>实行“双班主任”制度。</p><table><tbody><tr><td>人数</td><td>96</td></tr></tbody></table>",
                duty.subject(), duty.subjectLabel(), duty.getId(), new ReportPeriod(year, DutyFrequency.QUARTERLY, quarter),
                year, WRITER, t0);
        reports.add(report);
        return report;
    }

    @Test
    void aReportReadsBackWholeWithItsHistoryAndFiles() {
        var duty = quarterly();
        var report = report(duty, 1);
        var saved = reports.byId(report.getId()).orElseThrow();
        var file = new byte[1_000_000];
        ThreadLocalRandom.current().nextBytes(file);
        var attachment = new ReportAttachment(UUID.randomUUID(), "学生名单.xlsx", "application/pdf", file.length,
                "a".repeat(64), t0.plusSeconds(30), "市师资培训中心");
        saved.attach(attachment, LIMITS, WRITER, t0.plusSeconds(30));
        saved.submit(WRITER, t0.plusSeconds(60), "请审核");
        reports.update(saved);
        reports.storeFile(attachment.id(), file);

        var read = reports.byId(report.getId()).orElseThrow();
        assertThat(read.title()).isEqualTo("第1季度经验做法");
        assertThat(read.body().html()).contains("<h3>做法</h3>", "“双班主任”", "<td>96</td>");
        assertThat(read.reporter()).isEqualTo(unit);
        assertThat(read.subject()).isEqualTo(ReportSubject.task(2018, 47));
        assertThat(read.subjectLabel()).isEqualTo("做好对口地区中职合作办学");
        assertThat(read.period().code()).isEqualTo(year + "-Q1");
        assertThat(read.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.firstSubmittedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(read.history()).extracting(t -> t.to(), t -> t.edit()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReportStatus.DRAFT, null),
                org.assertj.core.groups.Tuple.tuple(ReportStatus.DRAFT, ReportEdit.ATTACHED),
                org.assertj.core.groups.Tuple.tuple(ReportStatus.SUBMITTED, null));
        assertThat(read.history().get(1)).extracting(t -> t.from(), t -> t.comment(), t -> t.byUser(), t -> t.at())
                .containsExactly(ReportStatus.DRAFT, "学生名单.xlsx", "shipei", t0.plusSeconds(30));
        assertThat(read.history().get(2).comment()).isEqualTo("请审核");
        assertThat(read.history().get(2).at()).isEqualTo(t0.plusSeconds(60));
        assertThat(read.attachments()).extracting(ReportAttachment::name, ReportAttachment::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("学生名单.xlsx", 1_000_000L));
        assertThat(reports.file(report.getId(), attachment.id())).hasValue(file);
    }

    @Test
    void aRemovedFileIsGoneWithItsBytes() {
        var report = report(quarterly(), 2);
        var saved = reports.byId(report.getId()).orElseThrow();
        var attachment = new ReportAttachment(UUID.randomUUID(), "照片.png", "image/png", 3, "b".repeat(64), t0, "x");
        saved.attach(attachment, LIMITS, WRITER, t0);
        reports.update(saved);
        reports.storeFile(attachment.id(), new byte[] { 1, 2, 3 });

        var again = reports.byId(report.getId()).orElseThrow();
        again.detach(attachment.id(), WRITER, t0);
        reports.update(again);

        assertThat(reports.byId(report.getId()).orElseThrow().attachments()).isEmpty();
        assertThat(reports.file(report.getId(), attachment.id())).isEmpty();
    }

    @Test
    void aReportChangedMeanwhileIsNotOverwritten() {
        var report = report(quarterly(), 1);
        var first = reports.byId(report.getId()).orElseThrow();
        var second = reports.byId(report.getId()).orElseThrow();
        first.revise("甲改的标题", "<p>甲</p>", null, null, null, WRITER, t0);
        reports.update(first);
        second.revise("乙改的标题", "<p>乙</p>", null, null, null, WRITER, t0);

        assertThatThrownBy(() -> reports.update(second)).isInstanceOfSatisfying(ReportRejected.class, r -> {
            assertThat(r.kind()).isEqualTo(ReportRejected.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("reporting.report.changed-meanwhile");
        });
        assertThat(reports.byId(report.getId()).orElseThrow().title()).isEqualTo("甲改的标题");
    }

    @Test
    void aDutysPeriodIsAnsweredByOneReportOnly() {
        var duty = quarterly();
        report(duty, 3);

        assertThat(reports.answers(duty.getId(), new ReportPeriod(year, DutyFrequency.QUARTERLY, 3))).isTrue();
        assertThat(reports.answers(duty.getId(), new ReportPeriod(year, DutyFrequency.QUARTERLY, 4))).isFalse();
        assertThat(reports.anyAnswering(duty.getId())).isTrue();
        assertThatThrownBy(() -> report(duty, 3)).isInstanceOfSatisfying(ReportRejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("reporting.report.period-taken"));
    }

    @Test
    void listsKeepToTheirFiltersAndScopes() {
        var duty = quarterly();
        var draft = report(duty, 1);
        var accepted = reports.byId(report(duty, 2).getId()).orElseThrow();
        accepted.submit(WRITER, t0, null);
        accepted.accept(OFFICE, t0.plusSeconds(1), null);
        reports.update(accepted);
        var other = Reporter.office(new OfficeCode("o-" + UUID.randomUUID().toString().substring(0, 8)));
        reports.add(Report.draft(other, ReportKind.NEWS, "别的处室", "<p>x</p>", null, null, null, null, year, OFFICE, t0));

        var mine = reports.find(new ReportQuery(year, null, null, unit, null, 0, 50), ReportScope.EVERYTHING);
        assertThat(mine.total()).isEqualTo(2);
        assertThat(mine.items()).extracting(r -> r.id()).containsExactlyInAnyOrder(draft.getId(), accepted.getId());
        assertThat(reports.find(new ReportQuery(year, null, null, null, null, 0, 50), new ReportScope(unit, false))
                .total()).isEqualTo(2);
        assertThat(reports.find(new ReportQuery(year, null, null, unit, null, 0, 50), new ReportScope(null, true))
                .items()).extracting(r -> r.status()).containsExactly(ReportStatus.ACCEPTED);
        assertThat(reports.find(new ReportQuery(year, ReportStatus.DRAFT, ReportKind.NEWS, other, null, 0, 50),
                ReportScope.EVERYTHING).total()).isEqualTo(1);
        assertThat(reports.find(new ReportQuery(year, null, null, other, null, 0, 50), new ReportScope(unit, false))
                .total()).isZero();
        var page = reports.find(new ReportQuery(year, null, null, unit, duty.getId(), 1, 1), ReportScope.EVERYTHING);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).hasSize(1);

        assertThat(reports.factsOfDuties(List.of(duty.getId()))).extracting(f -> f.period().index(), f -> f.status())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, ReportStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(2, ReportStatus.ACCEPTED));
    }

    @Test
    void dutiesAreFoundByYearReporterAndKindAndKeepTheirVersion() {
        var duty = quarterly();
        assertThat(duties.byId(duty.getId()).orElseThrow().contactEmail()).isEqualTo("contact@example.org");
        assertThat(duties.find(year, year, Set.of(unit), null)).extracting(Duty::getId).containsExactly(duty.getId());
        assertThat(duties.find(year, year, Set.of(unit), ReportKind.NEWS)).isEmpty();
        assertThat(duties.find(year + 1, null, Set.of(unit), null)).isEmpty();
        assertThat(duties.anyOfYear(year)).isTrue();

        var changed = duty.changedTo(year, unit, duty.subject(), duty.subjectLabel(), duty.kind(), duty.frequency(), 15,
                null, null, "改为 15 天", false);
        duties.update(changed);
        assertThat(duties.byId(duty.getId()).orElseThrow().daysAllowed()).isEqualTo(15);
        assertThatThrownBy(() -> duties.update(changed)).isInstanceOfSatisfying(ReportRejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("reporting.duty.changed-meanwhile"));

        duties.delete(duties.byId(duty.getId()).orElseThrow());
        assertThat(duties.byId(duty.getId())).isEmpty();
    }

    @Test
    void aDutysHistoryIsKeptInOrderAndOutlivesTheDuty() {
        var duty = quarterly();
        duties.recordChanges(duty.getId(), List.of(duty.created()), "委办公室", t0);
        var changed = duty.changedTo(year, unit, duty.subject(), duty.subjectLabel(), duty.kind(), duty.frequency(), 15,
                null, null, "改为 15 天", false);
        duties.update(changed);
        duties.recordChanges(duty.getId(), duty.changesTo(changed), "委办公室", t0.plusSeconds(60));
        duties.recordChanges(duty.getId(), List.of(), "nobody", t0.plusSeconds(90));
        duties.delete(duties.byId(duty.getId()).orElseThrow());
        duties.recordChanges(duty.getId(), List.of(changed.deleted()), "委办公室", t0.plusSeconds(120));

        assertThat(duties.changesOf(duty.getId())).containsExactly(
                new Duties.RecordedChange(t0, "委办公室", "created", null, duty.created().after()),
                new Duties.RecordedChange(t0.plusSeconds(60), "委办公室", "daysAllowed", "10", "15"),
                new Duties.RecordedChange(t0.plusSeconds(60), "委办公室", "contactEmail", "contact@example.org", null),
                new Duties.RecordedChange(t0.plusSeconds(60), "委办公室", "note", "季度报送", "改为 15 天"),
                new Duties.RecordedChange(t0.plusSeconds(120), "委办公室", "deleted", changed.deleted().before(), null));
    }

    @Test
    void aDayIsClaimedOnceAndAReminderShowsUntilItsPeriodIsReported() {
        var day = LocalDate.of(year, 4, 7);
        assertThat(reminders.claim(day, t0)).isTrue();
        assertThat(reminders.claim(day, t0)).isFalse();

        var duty = quarterly();
        var q1 = new ReportPeriod(year, DutyFrequency.QUARTERLY, 1);
        var reminder = new Reminder(UUID.randomUUID(), duty.getId(), q1, ReminderKind.DUE_SOON, unit,
                LocalDate.of(year, 4, 10), day, t0, null, null);
        reminders.add(reminder);
        reminders.markEmailed(reminder.id(), "contact@example.org", t0);

        assertThat(reminders.keysOf(List.of(duty.getId()))).containsExactly(reminder.key());
        assertThat(reminders.open(unit)).singleElement().satisfies(r -> {
            assertThat(r.emailedTo()).isEqualTo("contact@example.org");
            assertThat(r.due()).isEqualTo(LocalDate.of(year, 4, 10));
        });

        var report = reports.byId(report(duty, 1).getId()).orElseThrow();
        assertThat(reminders.open(unit)).as("a draft does not answer it").hasSize(1);
        report.submit(WRITER, t0, null);
        reports.update(report);
        assertThat(reminders.open(unit)).as("a submitted report does").isEmpty();
    }
}
