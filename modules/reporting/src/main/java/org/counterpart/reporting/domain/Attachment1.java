package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.training.ProgrammeSummary;

/**
 * 附件1 — 年上海市教委承担对口支援地区人力资源培训项目一览表: the year's training programmes as the notice numbers and
 * writes them (资金安排 "20（遵义自筹52万）", 培训时间 "5-7天"), then the joint vocational schooling (中职联合办学) the same
 * budget pays for, with its funding alone, and the 合计: the commission's funding of every row, in 万元, exact.
 * The partner regions' own funding (自筹) is written in its row and is not the commission's, so not in the 合计.
 *
 * @param totalFunding the 合计 of 资金安排（万元）: the commission's funding of every row
 * @param totalTrainees the planned trainees of every row
 */
public record Attachment1(int year, String title, List<Row> rows, BigDecimal totalFunding, long totalTrainees) {

    public Attachment1 {
        rows = List.copyOf(rows);
    }

    /**
     * One row as the notice writes it; the cells a joint-schooling row leaves empty are {@code null}.
     *
     * @param funding 资金安排（万元） as the notice writes it
     */
    public record Row(int number, String name, String mode, String funding, Integer trainees, String duration,
            String unit) {
    }

    public static String titleOf(int year) {
        return year + "年上海市教委承担对口支援地区人力资源培训项目一览表";
    }

    /**
     * The table of the year's programmes (in the order of their 序号) and its joint vocational schooling programmes,
     * numbered after them.
     *
     * @param unitNames the implementing unit's name as the notice writes it
     */
    public static Attachment1 of(int year, List<ProgrammeSummary> programmes, List<EnrolmentProgrammeSummary> joint,
            Function<UnitCode, String> unitNames) {
        var rows = new ArrayList<Row>();
        var total = BigDecimal.ZERO;
        long trainees = 0;
        int last = 0;
        for (var p : programmes.stream().sorted(Comparator.comparingInt(ProgrammeSummary::number)).toList()) {
            rows.add(new Row(p.number(), p.name(), p.mode().nameZh(), p.funding().toNoticeNotation(p.partnerName()),
                    p.plannedTrainees(), p.duration().toNoticeNotation(), unitNames.apply(p.implementingUnit())));
            total = total.add(p.funding().commission());
            trainees += p.plannedTrainees();
            last = Math.max(last, p.number());
        }
        for (var j : joint) {
            rows.add(new Row(++last, j.name(), null, plain(j.funding()), null, null, null));
            total = total.add(j.funding());
        }
        return new Attachment1(year, titleOf(year), rows, total, trainees);
    }

    /** An amount as the notice writes it: 224.3, 96 — no trailing zeros. */
    public static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
