package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.UUID;

import org.counterpart.directory.UnitCode;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportEdit;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.junit.jupiter.api.Test;

/** A report's life: draft → submitted → accepted, or returned with comments → changed → submitted again. */
class ReportLifeCycleTests {

    static final Reporter SHIPEI = Reporter.unit(new UnitCode("shipei"));
    static final ReportActor WRITER = new ReportActor("shipei", "市师资培训中心");
    static final ReportActor OFFICE = new ReportActor("admin", "委办公室（信息办）");
    static final Instant T0 = Instant.parse("2018-10-05T01:00:00Z");

    static Report draft() {
        return Report.draft(SHIPEI, ReportKind.NEWS, "三季度工作信息", "<p>三季度完成回访 15 所学校。</p>", null, null, null,
                null, 2018, WRITER, T0);
    }

    static ReportAttachment file(String name, long size) {
        return new ReportAttachment(UUID.randomUUID(), name, "application/pdf", size, "0".repeat(64), T0, "市师资培训中心");
    }

    @Test
    void aDraftIsSubmittedAndAcceptedAndEveryStepIsRecorded() {
        var report = draft();
        report.submit(WRITER, T0.plusSeconds(60), null);
        report.accept(OFFICE, T0.plusSeconds(120), "已采用");

        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.history()).extracting(ReportTransition::from, ReportTransition::to, ReportTransition::byName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ReportStatus.DRAFT, "市师资培训中心"),
                        org.assertj.core.groups.Tuple.tuple(ReportStatus.DRAFT, ReportStatus.SUBMITTED, "市师资培训中心"),
                        org.assertj.core.groups.Tuple.tuple(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, "委办公室（信息办）"));
        assertThat(report.history().get(2).comment()).isEqualTo("已采用");
        assertThat(report.history().get(2).at()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aReturnedReportIsChangedAndSubmittedAgainKeepingTheDayItFirstCameIn() {
        var report = draft();
        report.submit(WRITER, T0.plusSeconds(60), null);
        report.returnForChanges(OFFICE, T0.plusSeconds(120), "请补充数据");
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.isEditable()).isTrue();

        report.revise("三季度工作信息（修改）", "<p>补充：回访 15 所，讲座 6 场。</p>", null, null, null, WRITER,
                T0.plusSeconds(180));
        report.submit(WRITER, T0.plusSeconds(240), "已按意见补充");
        report.accept(OFFICE, T0.plusSeconds(300), null);

        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.title()).isEqualTo("三季度工作信息（修改）");
        assertThat(report.firstSubmittedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(report.lastSubmittedAt()).isEqualTo(T0.plusSeconds(240));
        assertThat(report.history()).extracting(ReportTransition::to, ReportTransition::edit).containsExactly(
                tuple(ReportStatus.DRAFT, null), tuple(ReportStatus.SUBMITTED, null), tuple(ReportStatus.RETURNED, null),
                tuple(ReportStatus.RETURNED, ReportEdit.EDITED), tuple(ReportStatus.SUBMITTED, null),
                tuple(ReportStatus.ACCEPTED, null));
        assertThat(report.history().get(2).comment()).isEqualTo("请补充数据");
        assertThat(report.history().get(3)).extracting(ReportTransition::from, ReportTransition::byName,
                ReportTransition::at, ReportTransition::comment).containsExactly(ReportStatus.RETURNED, "市师资培训中心",
                T0.plusSeconds(180), "title,body");
    }

    @Test
    void everyChangeThatKeepsTheStatusIsRecordedWithWhoWhenAndWhat() {
        var report = draft();
        report.revise(report.title(), report.body().html(), null, null, null, WRITER, T0.plusSeconds(10));
        assertThat(report.history()).as("saved unchanged: nothing to record").hasSize(1);

        report.revise(report.title(), "<p>改过的正文</p>", null, null, null, WRITER, T0.plusSeconds(20));
        report.attach(file("结业名单.pdf", 100), limits(), WRITER, T0.plusSeconds(30));
        report.detach(report.attachments().get(0).id(), WRITER, T0.plusSeconds(40));

        assertThat(report.history()).extracting(ReportTransition::from, ReportTransition::to, ReportTransition::edit,
                ReportTransition::comment, ReportTransition::byUser, ReportTransition::at).containsExactly(
                        tuple(null, ReportStatus.DRAFT, null, null, "shipei", T0),
                        tuple(ReportStatus.DRAFT, ReportStatus.DRAFT, ReportEdit.EDITED, "body", "shipei",
                                T0.plusSeconds(20)),
                        tuple(ReportStatus.DRAFT, ReportStatus.DRAFT, ReportEdit.ATTACHED, "结业名单.pdf", "shipei",
                                T0.plusSeconds(30)),
                        tuple(ReportStatus.DRAFT, ReportStatus.DRAFT, ReportEdit.DETACHED, "结业名单.pdf", "shipei",
                                T0.plusSeconds(40)));
    }

    @Test
    void returningWithoutACommentIsRefused() {
        var report = draft();
        report.submit(WRITER, T0, null);

        assertThatThrownBy(() -> report.returnForChanges(OFFICE, T0, "  ")).isInstanceOfSatisfying(
                ReportRejected.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.report.comment-required"));
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void movesTheLifeCycleDoesNotAllowAreRefusedAsConflicts() {
        var fresh = draft();
        assertConflict(() -> fresh.accept(OFFICE, T0, null), "reporting.report.not-under-review");
        assertConflict(() -> fresh.returnForChanges(OFFICE, T0, "x"), "reporting.report.not-under-review");

        var submitted = draft();
        submitted.submit(WRITER, T0, null);
        assertConflict(() -> submitted.submit(WRITER, T0, null), "reporting.report.not-submittable");
        assertConflict(() -> submitted.revise("新标题", "<p>x</p>", null, null, null, WRITER, T0),
                "reporting.report.not-editable");
        assertConflict(() -> submitted.attach(file("a.pdf", 10), limits(), WRITER, T0), "reporting.report.not-editable");

        var accepted = draft();
        accepted.submit(WRITER, T0, null);
        accepted.accept(OFFICE, T0, null);
        assertConflict(() -> accepted.submit(WRITER, T0, null), "reporting.report.not-submittable");
        assertConflict(() -> accepted.returnForChanges(OFFICE, T0, "x"), "reporting.report.not-under-review");
        assertConflict(() -> accepted.accept(OFFICE, T0, null), "reporting.report.not-under-review");
        assertThat(accepted.history()).hasSize(3);
    }

    @Test
    void aReportWithoutTextCannotBeSubmitted() {
        var report = Report.draft(SHIPEI, ReportKind.NEWS, "标题", "<p> &nbsp; </p><script>x</script>", null, null, null,
                null, 2018, WRITER, T0);

        assertThatThrownBy(() -> report.submit(WRITER, T0, null)).isInstanceOfSatisfying(ReportRejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("reporting.report.body-required"));
    }

    @Test
    void aTitleIsRequiredAndAtMostTwoHundredCharacters() {
        assertThatThrownBy(() -> Report.draft(SHIPEI, ReportKind.NEWS, " ", "", null, null, null, null, 2018, WRITER,
                T0)).isInstanceOfSatisfying(ReportRejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("reporting.report.title-required"));
        assertThatThrownBy(() -> Report.draft(SHIPEI, ReportKind.NEWS, "长".repeat(201), "", null, null, null, null,
                2018, WRITER, T0)).isInstanceOfSatisfying(ReportRejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("reporting.report.title-too-long"));
    }

    @Test
    void aReportAnsweringADutyKeepsTheDutysKindAndSubject() {
        var subject = ReportSubject.task(2018, 47);
        var report = Report.draft(SHIPEI, ReportKind.PRACTICE, "上半年经验做法", "<p>做法</p>", subject, "中职合作办学",
                DutyId.next(), new ReportPeriod(2018, DutyFrequency.HALF_YEARLY, 1), 2018, WRITER, T0);

        assertThatThrownBy(() -> report.revise("标题", "<p>x</p>", ReportKind.NEWS, null, null, WRITER, T0))
                .isInstanceOfSatisfying(ReportRejected.class, r -> assertThat(r.messageKey())
                        .isEqualTo("reporting.report.duty-fixes-kind-and-subject"));
        report.revise("上半年经验做法（二稿）", "<p>x</p>", ReportKind.PRACTICE, subject, "中职合作办学", WRITER, T0);
        assertThat(report.kind()).isEqualTo(ReportKind.PRACTICE);
        assertThat(report.title()).isEqualTo("上半年经验做法（二稿）");
    }

    @Test
    void filesStayWithinHowManyAndHowMuchAndTheirNamesAreDistinct() {
        var report = draft();
        var limits = new ReportAttachmentRules.Limits(100, 250, 3);
        report.attach(file("一.pdf", 100), limits, WRITER, T0);
        report.attach(file("二.pdf", 100), limits, WRITER, T0);

        assertThatThrownBy(() -> report.attach(file("三.pdf", 60), limits, WRITER, T0)).isInstanceOfSatisfying(
                ReportRejected.class, r -> assertThat(r.messageKey())
                        .isEqualTo("reporting.report.attachment.total-too-large"));
        assertThatThrownBy(() -> report.attach(file("一.PDF", 10), limits, WRITER, T0)).isInstanceOfSatisfying(
                ReportRejected.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.report.attachment.name-taken"));
        report.attach(file("三.pdf", 10), limits, WRITER, T0);
        assertThatThrownBy(() -> report.attach(file("四.pdf", 10), limits, WRITER, T0)).isInstanceOfSatisfying(
                ReportRejected.class, r -> assertThat(r.messageKey()).isEqualTo("reporting.report.attachment.too-many"));

        report.detach(report.attachments().get(0).id(), WRITER, T0);
        assertThat(report.attachments()).extracting(ReportAttachment::name).containsExactly("二.pdf", "三.pdf");
    }

    private static ReportAttachmentRules.Limits limits() {
        return new ReportAttachmentRules.Limits(10_000, 30_000, 10);
    }

    private static void assertConflict(Runnable move, String key) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ReportRejected.class, r -> {
            assertThat(r.kind()).isEqualTo(ReportRejected.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo(key);
        });
    }
}
