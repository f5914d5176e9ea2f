package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingModeTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "来沪进修, STUDY_IN_SHANGHAI",
            "赴当地讲学, LECTURES_ON_SITE",
            "来沪办班, CLASSES_IN_SHANGHAI" })
    void eachModeOfTheNoticeIsReadFromItsChineseName(String cell, TrainingMode mode) {
        assertThat(TrainingMode.fromChinese(cell)).isEqualTo(mode);
        assertThat(mode.nameZh()).isEqualTo(cell);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TrainingMode.class)
    void everyModeReadsBackFromTheNameItIsWrittenWith(TrainingMode mode) {
        assertThat(TrainingMode.fromChinese(mode.nameZh())).isSameAs(mode);
    }

    @Test
    void spacesAroundTheNameAreIgnored() {
        assertThat(TrainingMode.fromChinese("  来沪进修 ")).isEqualTo(TrainingMode.STUDY_IN_SHANGHAI);
        assertThat(TrainingMode.fromChinese("\u3000赴当地讲学\t")).isEqualTo(TrainingMode.LECTURES_ON_SITE);
    }

    static Stream<Arguments> programmes() {
        var expected = Map.ofEntries(
                Map.entry("1", TrainingMode.STUDY_IN_SHANGHAI), Map.entry("2", TrainingMode.STUDY_IN_SHANGHAI),
                Map.entry("3", TrainingMode.STUDY_IN_SHANGHAI), Map.entry("4", TrainingMode.STUDY_IN_SHANGHAI),
                Map.entry("5", TrainingMode.STUDY_IN_SHANGHAI), Map.entry("6", TrainingMode.STUDY_IN_SHANGHAI),
                Map.entry("7", TrainingMode.LECTURES_ON_SITE), Map.entry("8", TrainingMode.LECTURES_ON_SITE),
                Map.entry("9", TrainingMode.LECTURES_ON_SITE), Map.entry("10", TrainingMode.LECTURES_ON_SITE),
                Map.entry("11", TrainingMode.CLASSES_IN_SHANGHAI));
        return Programmes2018.rows().stream()
                .map(row -> Arguments.of(row.get("序号"), row.get("培训方式"), expected.get(row.get("序号"))));
    }

    @ParameterizedTest(name = "row {0}: {1}")
    @MethodSource("programmes")
    void theModeOfEveryProgrammeOfAttachment1IsRead(String number, String cell, TrainingMode mode) {
        assertThat(mode).as("an expected mode for row %s", number).isNotNull();
        assertThat(TrainingMode.fromChinese(cell)).isEqualTo(mode);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "来沪", "进修", "来沪培训", "STUDY_IN_SHANGHAI", "来 沪 进 修", "中职联合办学" })
    void anyOtherTextIsAnUnknownModeAndIsShownAsWritten(String text) {
        assertThatThrownBy(() -> TrainingMode.fromChinese(text)).isInstanceOfSatisfying(TrainingRejected.class,
                rejected -> {
                    assertThat(rejected.kind()).isEqualTo(TrainingRejected.Kind.INVALID);
                    assertThat(rejected.messageKey()).isEqualTo("training.mode.unknown");
                    assertThat(rejected.arguments()).containsExactly(text);
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = { " " })
    void noModeAtAllIsAnUnknownModeToo(String text) {
        assertThatThrownBy(() -> TrainingMode.fromChinese(text)).isInstanceOfSatisfying(TrainingRejected.class,
                rejected -> assertThat(rejected.messageKey()).isEqualTo("training.mode.unknown"));
    }
}
