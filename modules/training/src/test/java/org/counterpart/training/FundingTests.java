package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FundingTests {

    /** 合计 of Attachment 1, which includes row 12. */
    private static final BigDecimal ATTACHMENT_1_TOTAL = new BigDecimal("659.7");

    /** Row 12, 中职联合办学: funded through Attachment 1 but not a training programme. */
    private static final BigDecimal JOINT_VOCATIONAL_SCHOOLING = new BigDecimal("224.3");

    // --- the notice's cells ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "row {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1  | 96                | 96    | 0",
            "2  | 36                | 36    | 0",
            "3  | 72                | 72    | 0",
            "4  | 134.4             | 134.4 | 0",
            "5  | 20（遵义自筹52万） | 20    | 52",
            "6  | 30（遵义自筹60万） | 30    | 60",
            "7  | 10                | 10    | 0",
            "8  | 10                | 10    | 0",
            "9  | 10                | 10    | 0",
            "10 | 10                | 10    | 0",
            "11 | 7（遵义自筹14万）  | 7     | 14" })
    void everyFundingOfAttachment1IsReadAsTheCommissionsAndThePartnersShare(int row, String cell,
            BigDecimal commission, BigDecimal partner) {
        var funding = Funding.parse(cell);

        assertThat(funding.commission()).isEqualByComparingTo(commission);
        assertThat(funding.partner()).isEqualByComparingTo(partner);
        assertThat(funding.total()).isEqualByComparingTo(commission.add(partner));
    }

    static Stream<Arguments> programmes() {
        return Programmes2018.rows().stream().map(row -> Arguments.of(row.get("序号"), row.get("资金安排（万元）")));
    }

    @ParameterizedTest(name = "row {0}: {1}")
    @MethodSource("programmes")
    void everyFundingOfTheDemoProgrammesIsWrittenBackExactlyAsTheNoticeWritesIt(String row, String cell) {
        assertThat(Funding.parse(cell).toNoticeNotation("遵义")).isEqualTo(cell);
    }

    @Test
    void anAmountKeepsTheScaleItWasWrittenWith() {
        assertThat(Funding.parse("134.4").commission()).isEqualTo(new BigDecimal("134.4"));
        assertThat(Funding.parse("96").commission()).isEqualTo(new BigDecimal("96"));
        assertThat(Funding.parse("96.00").commission()).isEqualTo(new BigDecimal("96.00"));
    }

    @Test
    void fundingsOfTheSameAmountsAreEqualWhateverTheirScale() {
        var written = new Funding(new BigDecimal("96"), BigDecimal.ZERO);
        var padded = new Funding(new BigDecimal("96.00"), new BigDecimal("0.0"));

        assertThat(padded).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(new Funding(new BigDecimal("96.1"), BigDecimal.ZERO)).isNotEqualTo(written);
    }

    // --- the variants the notice's notation is written with ----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "20（遵义自筹52万）",
            "20(遵义自筹52万)",
            "20（自筹52万）",
            "20（遵义自筹52万元）",
            "２０（遵义自筹５２万）",
            " 20 （ 遵义自筹 52 万 ） ",
            "20.0（遵义自筹52.00万）" })
    void theNoticesNotationIsReadWithHalfWidthParenthesesWithoutThePartnersNameInYuanOrFullWidth(String cell) {
        assertThat(Funding.parse(cell)).isEqualTo(new Funding(new BigDecimal("20"), new BigDecimal("52")));
    }

    @Test
    void fullWidthDigitsAndDecimalPointAreRead() {
        assertThat(Funding.parse("１３４．４").commission()).isEqualByComparingTo("134.4");
    }

    @Test
    void aFundingWithoutPartnerShareIsWrittenAsItsPlainAmount() {
        assertThat(Funding.parse("96").toNoticeNotation("喀什")).isEqualTo("96");
        assertThat(Funding.parse("134.40").toNoticeNotation(null)).isEqualTo("134.4");
        assertThat(new Funding(new BigDecimal("100"), BigDecimal.ZERO).toNoticeNotation(null)).isEqualTo("100");
    }

    @Test
    void aPartnerShareIsWrittenWithThePartnersName() {
        var funding = new Funding(new BigDecimal("20.0"), new BigDecimal("52.00"));

        assertThat(funding.toNoticeNotation("遵义")).isEqualTo("20（遵义自筹52万）");
    }

    @Test
    void aPartnerShareIsStillWrittenWhenThePartnerIsNotNamedSoThatItReadsBackTheSame() {
        var funding = Funding.parse("20（遵义自筹52万）");

        assertThat(funding.toNoticeNotation(null)).isEqualTo("20（自筹52万）");
        assertThat(funding.toNoticeNotation(" ")).isEqualTo("20（自筹52万）");
        assertThat(Funding.parse(funding.toNoticeNotation(null))).isEqualTo(funding);
    }

    // --- Attachment 1's totals ---------------------------------------------------------------------------------

    @Test
    void theCommissionsFundingOfTheElevenProgrammesIsTheTotalOfAttachment1WithoutJointVocationalSchooling() {
        var commission = sum(Funding::commission);

        assertThat(commission).isEqualByComparingTo("435.4");
        assertThat(commission.add(JOINT_VOCATIONAL_SCHOOLING)).isEqualByComparingTo(ATTACHMENT_1_TOTAL);
    }

    @Test
    void thePartnersOwnFundingIsZunyisFiftyTwoSixtyAndFourteen() {
        assertThat(sum(Funding::partner)).isEqualByComparingTo("126");
        assertThat(Programmes2018.rows().stream().map(row -> Funding.parse(row.get("资金安排（万元）")))
                .filter(Funding::hasPartnerFunding).map(Funding::partner).map(BigDecimal::toPlainString))
                .containsExactly("52", "60", "14");
    }

    @Test
    void everyProgrammeThatZunyiCoFundsIsOneOfZunyis() {
        var coFunded = Programmes2018.rows().stream()
                .filter(row -> Funding.parse(row.get("资金安排（万元）")).hasPartnerFunding()).toList();

        assertThat(coFunded).extracting(row -> row.get("序号")).containsExactly("5", "6", "11");
        assertThat(coFunded).allSatisfy(row -> assertThat(row.get("对口地区")).isEqualTo("guizhou"));
    }

    private static BigDecimal sum(Function<Funding, BigDecimal> share) {
        return Programmes2018.rows().stream().map(row -> Funding.parse(row.get("资金安排（万元）"))).map(share)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // --- refusals ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = { " ", "\u3000", "\t" })
    void anEmptyCellIsMissingFunding(String cell) {
        assertRefused(() -> Funding.parse(cell), "training.funding.missing");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "20+52", "二十", "96万", "96万元", "约96", "96,5", ".5", "5.", "20（遵义52万）",
            "20（遵义自筹52）", "20（遵义自筹52万", "20（遵义自筹52万）（另）", "（遵义自筹52万）", "20 52", "1e3", "待定" })
    void anyOtherNotationIsUnreadableAndShownAsWritten(String cell) {
        assertRefused(() -> Funding.parse(cell), "training.funding.unreadable", cell);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = { "-5 | -5", "20（遵义自筹-52万） | -52" })
    void aNegativeAmountIsRefused(String cell, String amount) {
        assertRefused(() -> Funding.parse(cell), "training.funding.negative", amount);
    }

    @Test
    void aNegativeShareIsRefusedWhenTheFundingIsMadeToo() {
        assertRefused(() -> new Funding(new BigDecimal("10"), new BigDecimal("-0.1")), "training.funding.negative",
                "-0.1");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = { "0.125 | 0.125", "20（遵义自筹52.001万） | 52.001" })
    void anAmountFinerThanAHundredthOfTenThousandYuanIsRefused(String cell, String amount) {
        assertRefused(() -> Funding.parse(cell), "training.funding.too-precise", amount, 2);
    }

    @Test
    void trailingZerosDoNotMakeAnAmountTooPrecise() {
        assertThat(Funding.parse("96.000").commission()).isEqualByComparingTo("96");
        assertThat(Funding.parse("0.10").commission()).isEqualByComparingTo("0.1");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = { "100000.01 | 100000.01", "20（遵义自筹1000000万） | 1000000" })
    void anAmountAboveOneHundredThousandTenThousandYuanIsRefused(String cell, String amount) {
        assertRefused(() -> Funding.parse(cell), "training.funding.too-large", amount, "100000");
    }

    @Test
    void theLargestAndTheSmallestAmountsAreTaken() {
        assertThat(Funding.parse("100000（自筹100000万）").total()).isEqualByComparingTo("200000");
        assertThat(Funding.parse("0").total()).isEqualByComparingTo("0");
        assertThat(Funding.parse("0.01").commission()).isEqualByComparingTo("0.01");
    }

    @Test
    void aFundingWithoutAnAmountIsMissingFunding() {
        assertRefused(() -> new Funding(null, BigDecimal.ZERO), "training.funding.missing");
        assertRefused(() -> new Funding(BigDecimal.TEN, null), "training.funding.missing");
    }

    private static void assertRefused(ThrowingCallable call, String messageKey, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TrainingRejected.class, rejected -> {
            assertThat(rejected.kind()).isEqualTo(TrainingRejected.Kind.INVALID);
            assertThat(rejected.messageKey()).isEqualTo(messageKey);
            assertThat(rejected.arguments()).containsExactly(arguments);
        });
    }
}
