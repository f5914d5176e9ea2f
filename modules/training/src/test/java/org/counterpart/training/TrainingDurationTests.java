package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.counterpart.training.TrainingDuration.Unit;

class TrainingDurationTests {

    // --- the notice's cells ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "row {0}: {1}")
    @CsvSource({
            "1,  3个月,  3,  3,  MONTH",
            "2,  3个月,  3,  3,  MONTH",
            "3,  3个月,  3,  3,  MONTH",
            "4,  4个月,  4,  4,  MONTH",
            "5,  2个月,  2,  2,  MONTH",
            "6,  10个月, 10, 10, MONTH",
            "7,  5-7天,  5,  7,  DAY",
            "8,  5-7天,  5,  7,  DAY",
            "9,  5-7天,  5,  7,  DAY",
            "10, 7天,    7,  7,  DAY",
            "11, 7天,    7,  7,  DAY" })
    void everyDurationOfAttachment1IsReadAsItsBoundsAndUnit(int row, String cell, int min, int max, Unit unit) {
        assertThat(TrainingDuration.parse(cell)).isEqualTo(new TrainingDuration(min, max, unit));
    }

    static Stream<Arguments> programmes() {
        return Programmes2018.rows().stream().map(row -> Arguments.of(row.get("序号"), row.get("培训时间")));
    }

    @ParameterizedTest(name = "row {0}: {1}")
    @MethodSource("programmes")
    void everyDurationOfTheDemoProgrammesIsWrittenBackExactlyAsTheNoticeWritesIt(String row, String cell) {
        assertThat(TrainingDuration.parse(cell).toNoticeNotation()).isEqualTo(cell);
    }

    @Test
    void aRangeOfDaysLeavesTheLengthOpenAndAFixedLengthDoesNot() {
        assertThat(TrainingDuration.parse("5-7天").isRange()).isTrue();
        assertThat(TrainingDuration.parse("7天").isRange()).isFalse();
        assertThat(TrainingDuration.parse("3个月").isRange()).isFalse();
        assertThat(TrainingDuration.parse("7-7天")).isEqualTo(TrainingDuration.of(7, Unit.DAY));
    }

    @Test
    void eachUnitIsWrittenAsTheNoticeWritesIt() {
        assertThat(Unit.DAY.nameZh()).isEqualTo("天");
        assertThat(Unit.MONTH.nameZh()).isEqualTo("个月");
    }

    // --- the variants the notice's notation is written with ----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "5-7天", "5～7天", "5~7天", "5—7天", "5–7天", "5－7天", "5至7天", "5 - 7 天", "５-７天",
            "５～７天", " 5-7天\u3000" })
    void aRangeIsReadWithAHyphenADashATildeOrZhiAndWithSpacesOrFullWidthDigits(String cell) {
        assertThat(TrainingDuration.parse(cell)).isEqualTo(new TrainingDuration(5, 7, Unit.DAY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "3个月", "3 个月", "３个月", "03个月" })
    void aLengthIsReadWithSpacesOrFullWidthDigits(String cell) {
        assertThat(TrainingDuration.parse(cell)).isEqualTo(TrainingDuration.of(3, Unit.MONTH));
    }

    @Test
    void theLongestDurationsAreTaken() {
        assertThat(TrainingDuration.parse("36个月").max()).isEqualTo(36);
        assertThat(TrainingDuration.parse("1-366天").max()).isEqualTo(366);
    }

    // --- refusals ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = { " ", "\u3000" })
    void anEmptyCellIsAMissingDuration(String cell) {
        assertRefused(() -> TrainingDuration.parse(cell), "training.duration.missing");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "三个月", "3月", "3周", "3", "个月", "一周左右", "5-天", "-7天", "5-7", "5天-7天", "3个月7天",
            "3.5个月", "待定" })
    void anyOtherNotationIsUnreadableAndShownAsWritten(String cell) {
        assertRefused(() -> TrainingDuration.parse(cell), "training.duration.unreadable", cell);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "0天", "0个月", "0-7天", "7-5天", "37个月", "367天", "1-367天", "99999999999天",
            "２-１个月" })
    void aZeroLengthAReversedRangeOrMoreThanThreeYearsOrAYearOfDaysIsAnInvalidDuration(String cell) {
        assertRefused(() -> TrainingDuration.parse(cell), "training.duration.invalid", cell);
    }

    @Test
    void anInvalidDurationIsRefusedWhenItIsMadeToo() {
        assertRefused(() -> new TrainingDuration(7, 5, Unit.DAY), "training.duration.invalid", "7-5天");
        assertRefused(() -> TrainingDuration.of(0, Unit.MONTH), "training.duration.invalid", "0个月");
        assertRefused(() -> new TrainingDuration(3, 3, null), "training.duration.missing");
    }

    private static void assertRefused(ThrowingCallable call, String messageKey, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TrainingRejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(TrainingRejected.Kind.INVALID);
            assertThat(rejected.messageKey()).isEqualTo(messageKey);
            assertThat(rejected.arguments()).containsExactly(arguments);
        });
    }
}
