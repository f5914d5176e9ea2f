package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The demo file of 2018's programmes is rows 1–11 of Attachment 1, in the form the project's CSV files take. */
class Programmes2018Tests {

    private static final String REFERENCE_DATA = "db/migration/directory/V2__load_notice_reference_data.sql";

    /** The partner region each programme is for, by the place its name starts with. */
    private static final Map<String, String> REGION_BY_PLACE = Map.of("喀什", "xinjiang", "日喀则", "xizang", "果洛",
            "qinghai", "遵义", "guizhou");

    /** The Attachment 2 task that trains for that region: 9 喀什, 24 日喀则, 34 果洛, 40 遵义. */
    private static final Map<String, String> TASK_BY_PLACE = Map.of("喀什", "9", "日喀则", "24", "果洛", "34", "遵义",
            "40");

    @Test
    void theFileIsUtf8WithAByteOrderMarkAndEveryLineEndsWithCrLf() {
        var bytes = Programmes2018.bytes();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var text = Programmes2018.text();
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
    }

    @Test
    void theHeaderIsAttachment1sColumnsThenThePartnerRegionAndTheTaskServed() {
        assertThat(Programmes2018.header()).containsExactlyElementsOf(Programmes2018.HEADER);
    }

    @Test
    void theRowsAreTheElevenTrainingProgrammesInOrderAndNotJointVocationalSchooling() {
        var rows = Programmes2018.rows();

        assertThat(rows).extracting(row -> row.get("序号"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 11).mapToObj(Integer::toString).toList());
        assertThat(rows).extracting(row -> row.get("项目名称")).doesNotContain("中职联合办学")
                .contains("喀什“影子校长”培训", "遵义深度贫困地区教师培训");
    }

    @Test
    void theProgrammesPlanTrainingForThreeHundredAndNinetySevenPeople() {
        int trainees = Programmes2018.rows().stream().mapToInt(row -> Integer.parseInt(row.get("培训人数（人）"))).sum();

        assertThat(trainees).isEqualTo(397);
    }

    @Test
    void everyProgrammeIsForThePartnerRegionAndServesTheTaskItsNameSays() {
        assertThat(Programmes2018.rows()).allSatisfy(row -> {
            var place = REGION_BY_PLACE.keySet().stream().filter(row.get("项目名称")::startsWith).toList();
            assertThat(place).as("the place row %s is named after", row.get("序号")).hasSize(1);
            assertThat(row.get("对口地区")).isEqualTo(REGION_BY_PLACE.get(place.get(0)));
            assertThat(row.get("服务任务")).isEqualTo(TASK_BY_PLACE.get(place.get(0)));
        });
    }

    @Test
    void everyPartnerRegionIsARegionTheDirectoryKnows() {
        var codes = directoryRegionCodes();

        assertThat(codes).contains("xinjiang", "xizang", "qinghai", "guizhou");
        assertThat(Programmes2018.rows()).extracting(row -> row.get("对口地区")).allMatch(codes::contains);
    }

    @Test
    void everyCellOfTheFileIsReadByTheDomain() {
        assertThat(Programmes2018.rows()).allSatisfy(row -> {
            TrainingMode.fromChinese(row.get("培训方式"));
            Funding.parse(row.get("资金安排（万元）"));
            TrainingDuration.parse(row.get("培训时间"));
            assertThat(Integer.parseInt(row.get("培训人数（人）"))).isPositive();
            assertThat(row.get("项目实施单位")).isNotBlank();
        });
    }

    /** The codes the directory's reference data gives its regions: the first value of each directory_region row. */
    private static Set<String> directoryRegionCodes() {
        String sql;
        try (InputStream in = Programmes2018Tests.class.getClassLoader().getResourceAsStream(REFERENCE_DATA)) {
            assertThat(in).as("%s on the class path (from the directory module)", REFERENCE_DATA).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var codes = new LinkedHashSet<String>();
        var statement = Pattern.compile("(?s)INSERT INTO directory_region\\s*\\([^)]*\\)\\s*VALUES(.*?);").matcher(sql);
        while (statement.find()) {
            var tuple = Pattern.compile("(?m)^\\s*\\(\\s*'([^']+)'").matcher(statement.group(1));
            while (tuple.find()) {
                codes.add(tuple.group(1));
            }
        }
        return codes;
    }
}
