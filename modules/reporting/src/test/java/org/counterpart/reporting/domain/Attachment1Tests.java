package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.training.Funding;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammeSummary;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.junit.jupiter.api.Test;

/** Attachment 1 of the 2018 notice comes out of the programmes as the notice prints it, to the last digit. */
public class Attachment1Tests {

    /** Rows 1–11 of Attachment 1: 序号, 项目名称, 培训方式, 资金安排, 培训人数, 培训时间, 项目实施单位, partner name. */
    static final String[][] NOTICE = {
            { "1", "喀什“影子校长”培训", "来沪进修", "96", "40", "3个月", "shipei", null },
            { "2", "日喀则市教育管理干部“影子校长”培训", "来沪进修", "36", "15", "3个月", "shipei", null },
            { "3", "果洛中小学校长及后备校长培训", "来沪进修", "72", "30", "3个月", "shipei", null },
            { "4", "果洛中学新招录教师", "来沪进修", "134.4", "42", "4个月", "shipei", null },
            { "5", "遵义“金种子”校长培训", "来沪进修", "20（遵义自筹52万）", "40", "2个月", "shipei", "遵义" },
            { "6", "遵义“影子”校长培训", "来沪进修", "30（遵义自筹60万）", "10", "10个月", "shipei", "遵义" },
            { "7", "喀什中小学教研活动培训", "赴当地讲学", "10", "40", "5-7天", "jiaoyanshi", null },
            { "8", "喀什中小学心理辅导培训", "赴当地讲学", "10", "40", "5-7天", "deyu-centre", null },
            { "9", "喀什教育督导培训", "赴当地讲学", "10", "40", "5-7天", "dudao-centre", null },
            { "10", "日喀则财务会计领军人才培训", "赴当地讲学", "10", "50", "7天", "lixin", null },
            { "11", "遵义深度贫困地区教师培训", "来沪办班", "7（遵义自筹14万）", "50", "7天", "shipei", "遵义" } };

    public static List<ProgrammeSummary> programmes() {
        var programmes = new ArrayList<ProgrammeSummary>();
        // Given out of order: the table is in the order of the 序号.
        for (int i = NOTICE.length - 1; i >= 0; i--) {
            var row = NOTICE[i];
            programmes.add(new ProgrammeSummary(ProgrammeId.next(), 2018, Integer.parseInt(row[0]), row[1],
                    new RegionCode("xinjiang"), TrainingMode.fromChinese(row[2]), Funding.parse(row[3]), row[7],
                    Integer.parseInt(row[4]), TrainingDuration.parse(row[5]), new UnitCode(row[6]),
                    new OfficeCode("renshi"), 9, 0));
        }
        return programmes;
    }

    public static EnrolmentProgrammeSummary jointVocationalSchooling() {
        return new EnrolmentProgrammeSummary(EnrolmentProgrammeId.next(), 2018,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, "中职联合办学", new RegionCode("western-partners"), 47,
                new OfficeCode("zhijiao"), new BigDecimal("224.30"), List.of(), BigDecimal.ZERO, 0);
    }

    @Test
    void theElevenProgrammesAndJointVocationalSchoolingMakeTwelveRowsTotalling659Point7() {
        var table = Attachment1.of(2018, programmes(), List.of(jointVocationalSchooling()), UnitCode::value);

        assertThat(table.title()).isEqualTo("2018年上海市教委承担对口支援地区人力资源培训项目一览表");
        assertThat(table.rows()).hasSize(12);
        assertThat(table.rows()).extracting(Attachment1.Row::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                11, 12);
        assertThat(table.rows().get(11)).isEqualTo(new Attachment1.Row(12, "中职联合办学", null, "224.3", null, null,
                null));
        assertThat(table.totalFunding()).isEqualByComparingTo("659.7");
        assertThat(table.totalFunding().stripTrailingZeros().toPlainString()).isEqualTo("659.7");
        assertThat(table.totalTrainees()).isEqualTo(397);
    }

    @Test
    void eachRowIsWrittenAsTheNoticeWritesIt() {
        var table = Attachment1.of(2018, programmes(), List.of(jointVocationalSchooling()),
                unit -> unit.value().equals("shipei") ? "市师资培训中心" : unit.value());

        for (int i = 0; i < NOTICE.length; i++) {
            var row = table.rows().get(i);
            assertThat(row.name()).isEqualTo(NOTICE[i][1]);
            assertThat(row.mode()).isEqualTo(NOTICE[i][2]);
            assertThat(row.funding()).as("资金安排 of row %d", i + 1).isEqualTo(NOTICE[i][3]);
            assertThat(row.trainees()).isEqualTo(Integer.parseInt(NOTICE[i][4]));
            assertThat(row.duration()).isEqualTo(NOTICE[i][5]);
        }
        assertThat(table.rows().get(0).unit()).isEqualTo("市师资培训中心");
    }

    @Test
    void thePartnersOwnFundingIsWrittenInItsRowButIsNotTheCommissionsSoNotInTheTotal() {
        var table = Attachment1.of(2018, programmes(), List.of(), UnitCode::value);

        assertThat(table.rows()).hasSize(11);
        assertThat(table.totalFunding()).as("659.7 less 224.3; not 126 more for 遵义自筹").isEqualByComparingTo("435.4");
    }
}
