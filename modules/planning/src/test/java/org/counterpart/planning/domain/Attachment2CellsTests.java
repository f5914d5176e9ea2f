package org.counterpart.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.counterpart.planning.domain.Attachment2Cells.Responsibility;

class Attachment2CellsTests {

    private static final String PLAN = "planning/demo/plan-2018.csv";

    private static final String REFERENCE_DATA = "db/migration/directory/V2__load_notice_reference_data.sql";

    private static final Map<String, List<Map<String, String>>> DIRECTORY = ReferenceData.load();

    private static final Set<String> OFFICE_NAMES = names("directory_office", "name_zh", "directory_office_alias",
            "alias");

    private static final Set<String> UNIT_NAMES = names("directory_unit", "name_zh", "directory_unit_alias", "alias");

    private static final Set<String> REGION_NAMES = names("directory_region", "name_zh", null, null);

    private static final Map<Integer, CSVRecord> TASKS = Plan.load();

    // --- every row of the plan -------------------------------------------------------------------------------

    static Stream<Arguments> tasks() {
        return TASKS.values().stream().map(task -> Arguments.of(task.get("序号"), task));
    }

    @Test
    void thePlanHasTheFiftyOneTasksOfTheNoticeInOrder() {
        assertThat(TASKS.keySet()).containsExactlyElementsOf(
                Stream.iterate(1, n -> n <= 51, n -> n + 1).toList());
    }

    @ParameterizedTest(name = "task {0}")
    @MethodSource("tasks")
    void everyOfficeAndUnitOfATaskIsOneTheDirectoryKnows(String number, CSVRecord task) {
        var responsibility = Attachment2Cells.responsibility(task.get("责任处室（承办单位）"), OFFICE_NAMES);

        assertThat(responsibility.offices()).as("offices of task %s", number).isNotEmpty();
        assertThat(OFFICE_NAMES).as("directory offices and aliases, for task %s", number)
                .containsAll(responsibility.offices());
        assertThat(UNIT_NAMES).as("directory units and aliases, for task %s", number)
                .containsAll(responsibility.units());
    }

    @ParameterizedTest(name = "task {0}")
    @MethodSource("tasks")
    void everyRegionOfATaskIsOneTheDirectoryKnows(String number, CSVRecord task) {
        var regions = Attachment2Cells.regionNames(task.get("实施地区"));

        assertThat(regions).as("regions of task %s", number).isNotEmpty();
        assertThat(REGION_NAMES).as("directory regions, for task %s", number).containsAll(regions);
    }

    // --- 责任处室（承办单位） ---------------------------------------------------------------------------------------

    @Test
    void anOfficeWhoseNameHasParenthesesIsAnOfficeAndTheGroupAfterItHoldsTheUnits() {
        var responsibility = responsibilityOfTask(2);

        assertThat(responsibility.offices()).containsExactly("人事处", "职教处", "委办公室（信息办）");
        assertThat(responsibility.units()).containsExactly("市师资培训中心", "复旦大学", "上海交通大学");
        assertThat(responsibility.andOtherOffices()).isFalse();
    }

    @Test
    void theFirstOfficeLeadsAndUnitsFollowTheLastOffice() {
        var responsibility = responsibilityOfTask(1);

        assertThat(responsibility.offices()).containsExactly("委办公室（信息办）", "人事处", "基教处", "职教处", "高教处");
        assertThat(responsibility.units()).containsExactly("同济大学");
    }

    @Test
    void theShortOfficeNameWithParenthesesIsAlsoAnOffice() {
        var responsibility = responsibilityOfTask(11);

        assertThat(responsibility.offices()).containsExactly("基教处", "德育处", "人事处", "办公室（信息办）");
        assertThat(responsibility.units()).containsExactly("相关区教育局");
    }

    @Test
    void aTrailingDengLeavesTheOfficeListOpen() {
        var responsibility = responsibilityOfTask(7);

        assertThat(responsibility.offices())
                .containsExactly("委办公室（信息办）", "人事处", "组织干部处", "规划处", "财务处", "职教处", "高教处");
        assertThat(responsibility.andOtherOffices()).isTrue();
        assertThat(responsibility.units()).isEmpty();
    }

    @Test
    void halfWidthParenthesesHoldUnitsLikeFullWidthOnes() {
        assertThat(TASKS.get(19).get("责任处室（承办单位）")).isEqualTo("学生处(相关高校)");

        var responsibility = responsibilityOfTask(19);

        assertThat(responsibility.offices()).containsExactly("学生处");
        assertThat(responsibility.units()).containsExactly("相关高校");
    }

    @Test
    void mixedHalfAndFullWidthParenthesesHoldUnitsToo() {
        var responsibility = responsibilityOfTask(25);

        assertThat(responsibility.offices()).containsExactly("职教处");
        assertThat(responsibility.units()).containsExactly("相关职业学校");
    }

    @Test
    void unitsAreSplitOnTheEnumerationComma() {
        assertThat(responsibilityOfTask(46).units()).containsExactly("相关高校", "中职校", "中小学");
    }

    @Test
    void aCommaBetweenSchoolLevelsJoinsOneUnitName() {
        var responsibility = responsibilityOfTask(8);

        assertThat(responsibility.offices()).containsExactly("职教处", "高教处", "委办公室（信息办）", "人事处");
        assertThat(responsibility.units()).containsExactly("相关中、高职院校");
    }

    @Test
    void jiXiangGuanChuShiLeavesTheOfficeListOpen() {
        var responsibility = responsibilityOfTask(51);

        assertThat(responsibility.offices()).containsExactly("委办公室（信息办）", "规划处", "法规处");
        assertThat(responsibility.andOtherOffices()).isTrue();
        assertThat(responsibility.units()).isEmpty();
    }

    @Test
    void aCellBrokenOverLinesReadsAsOneLine() {
        var responsibility = Attachment2Cells.responsibility("高教处\n（东华大学）", OFFICE_NAMES);

        assertThat(responsibility.offices()).containsExactly("高教处");
        assertThat(responsibility.units()).containsExactly("东华大学");
    }

    @Test
    void unitsAreNamedOnceInTheOrderWritten() {
        var responsibility = Attachment2Cells.responsibility("基教处（相关高校、同济大学）、职教处(相关高校)", OFFICE_NAMES);

        assertThat(responsibility.offices()).containsExactly("基教处", "职教处");
        assertThat(responsibility.units()).containsExactly("相关高校", "同济大学");
    }

    @Test
    void anOfficeTheDirectoryDoesNotKnowIsReturnedAsWritten() {
        var responsibility = Attachment2Cells.responsibility("科技处、人事处等（市教科院）", OFFICE_NAMES);

        assertThat(responsibility.offices()).containsExactly("科技处", "人事处");
        assertThat(responsibility.andOtherOffices()).isTrue();
        assertThat(responsibility.units()).containsExactly("市教科院");
    }

    @Test
    void withoutTheOfficeWithParenthesesKnownItsGroupReadsAsUnits() {
        var responsibility = Attachment2Cells.responsibility("委办公室（信息办）", Set.of("委办公室"));

        assertThat(responsibility.offices()).containsExactly("委办公室");
        assertThat(responsibility.units()).containsExactly("信息办");
    }

    @Test
    void anEmptyCellHasNoOfficesAndNoUnits() {
        assertThat(Attachment2Cells.responsibility(" ", OFFICE_NAMES))
                .isEqualTo(new Responsibility(List.of(), false, List.of()));
    }

    // --- 实施地区 -------------------------------------------------------------------------------------------------

    @Test
    void regionsAreSeparatedByTheEnumerationComma() {
        assertThat(Attachment2Cells.regionNames("新疆、西藏")).containsExactly("新疆", "西藏");
        assertThat(Attachment2Cells.regionNames("万州、夷陵")).containsExactly("万州", "夷陵");
    }

    @Test
    void aRegionBrokenOverLinesIsOneRegion() {
        assertThat(Attachment2Cells.regionNames("西部\n对口地区")).containsExactly("西部对口地区");
        assertThat(Attachment2Cells.regionNames("西部\r\n\t对口地区")).containsExactly("西部对口地区");
    }

    @Test
    void regionsMayAlsoBeSeparatedByCommasOrSlashesAndEmptyNamesAreDropped() {
        assertThat(Attachment2Cells.regionNames(" 新疆, 西藏，青海/贵州、、 ")).containsExactly("新疆", "西藏", "青海", "贵州");
        assertThat(Attachment2Cells.regionNames("")).isEmpty();
    }

    // --- 工作要求 -------------------------------------------------------------------------------------------------

    @Test
    void aCitedTitleKeepsTheTitleQuotedInsideIt() {
        assertThat(Attachment2Cells.referencedTitles(TASKS.get(6).get("工作要求")))
                .containsExactly("教育部 国务院扶贫办 国家语委关于印发〈推普脱贫攻坚行动计划（2018-2020年）的通知〉");
    }

    @Test
    void theCitedTitlesAreReadWithoutTheirBrackets() {
        assertThat(Attachment2Cells.referencedTitles(TASKS.get(1).get("工作要求")))
                .containsExactly("2018-2020年沪滇教育扶贫协作协议");
        assertThat(Attachment2Cells.referencedTitles(TASKS.get(8).get("工作要求")))
                .containsExactly("沪喀职业教育对口支援全覆盖行动计划（2016—2020年）");
    }

    @Test
    void titlesAreListedOnceInTheOrderCited() {
        assertThat(Attachment2Cells.referencedTitles("按《甲》和《乙》，落实《甲》")).containsExactly("甲", "乙");
        assertThat(Attachment2Cells.referencedTitles(TASKS.get(4).get("工作要求"))).isEmpty();
    }

    @Test
    void theLongestPlaceNameWinsWhereNamesOverlap() {
        var requirements = TASKS.get(7).get("工作要求");
        assertThat(requirements).contains("喀什四县");

        assertThat(Attachment2Cells.placesNamed(requirements, REGION_NAMES)).containsExactly("喀什四县");
    }

    @Test
    void aShorterPlaceIsStillFoundWhereItStandsOnItsOwn() {
        assertThat(Attachment2Cells.placesNamed("做好喀什四县工作，支持喀什、日喀则和遵义；再到喀什", REGION_NAMES))
                .containsExactly("喀什四县", "喀什", "日喀则", "遵义");
    }

    @Test
    void placesAreFoundAcrossLayoutLineBreaks() {
        assertThat(Attachment2Cells.placesNamed("对口地区-云南怒江\n州的语言文字工作", REGION_NAMES))
                .containsExactly("云南", "怒江州");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Responsibility responsibilityOfTask(int number) {
        return Attachment2Cells.responsibility(TASKS.get(number).get("责任处室（承办单位）"), OFFICE_NAMES);
    }

    private static Set<String> names(String table, String column, String aliasTable, String aliasColumn) {
        var names = new LinkedHashSet<String>();
        DIRECTORY.getOrDefault(table, List.of()).forEach(row -> names.add(row.get(column)));
        if (aliasTable != null) {
            DIRECTORY.getOrDefault(aliasTable, List.of()).forEach(row -> names.add(row.get(aliasColumn)));
        }
        assertThat(names).as("names in %s", table).isNotEmpty();
        return Set.copyOf(names);
    }

    private static String resource(String name, Path fallback) {
        try (InputStream in = Attachment2CellsTests.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(fallback, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan as the demo CSV holds it, by 序号. */
    private static final class Plan {

        static Map<Integer, CSVRecord> load() {
            var text = resource(PLAN, Path.of("src/main/resources", PLAN));
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (var parser = CSVParser.parse(text, format)) {
                var tasks = new LinkedHashMap<Integer, CSVRecord>();
                for (var record : parser) {
                    tasks.put(Integer.valueOf(record.get("序号")), record);
                }
                return tasks;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The rows of the directory's V2 migration, by table: just enough SQL to read its INSERT statements. */
    private static final class ReferenceData {

        private static final Pattern INSERT =
                Pattern.compile("(?is)^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES(.*)$");

        static Map<String, List<Map<String, String>>> load() {
            var sql = resource(REFERENCE_DATA, Path.of("../directory/src/main/resources", REFERENCE_DATA));
            var tables = new HashMap<String, List<Map<String, String>>>();
            for (var statement : statements(withoutComments(sql))) {
                var matcher = INSERT.matcher(statement);
                if (!matcher.matches()) {
                    continue;
                }
                var columns = Stream.of(matcher.group(2).split(",")).map(String::strip).toList();
                var rows = tables.computeIfAbsent(matcher.group(1), table -> new ArrayList<>());
                for (var tuple : tuples(matcher.group(3))) {
                    var row = new HashMap<String, String>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), tuple.get(i));
                    }
                    rows.add(row);
                }
            }
            return tables;
        }

        private static String withoutComments(String sql) {
            return sql.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        }

        /** The statements, split on the semicolons outside string literals. */
        private static List<String> statements(String sql) {
            var statements = new ArrayList<String>();
            var current = new StringBuilder();
            boolean quoted = false;
            for (char c : sql.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == ';' && !quoted) {
                    statements.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString());
            }
            return statements;
        }

        /** The value tuples of a VALUES list; string literals unquoted, other values as written (NULL is null). */
        private static List<List<String>> tuples(String values) {
            var tuples = new ArrayList<List<String>>();
            List<String> tuple = null;
            var value = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i < values.length(); i++) {
                char c = values.charAt(i);
                if (quoted) {
                    if (c == '\'' && i + 1 < values.length() && values.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i++;
                    } else if (c == '\'') {
                        quoted = false;
                    } else {
                        value.append(c);
                    }
                } else if (c == '\'') {
                    quoted = true;
                    wasQuoted = true;
                    value.setLength(0);
                } else if (c == '(' && tuple == null) {
                    tuple = new ArrayList<>();
                } else if ((c == ',' || c == ')') && tuple != null) {
                    tuple.add(valueOf(value, wasQuoted));
                    value.setLength(0);
                    wasQuoted = false;
                    if (c == ')') {
                        tuples.add(tuple);
                        tuple = null;
                    }
                } else if (tuple != null) {
                    value.append(c);
                }
            }
            return tuples;
        }

        private static String valueOf(StringBuilder value, boolean wasQuoted) {
            if (wasQuoted) {
                return value.toString();
            }
            var raw = value.toString().strip();
            return raw.equalsIgnoreCase("NULL") ? null : raw;
        }
    }
}
