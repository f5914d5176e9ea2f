package org.counterpart.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.counterpart.enrolment.EnrolmentRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A national ID number is accepted only as GB 11643 defines it, and is shown to nobody but masked. */
class NationalIdTests {

    static final LocalDate TODAY = LocalDate.of(2018, 9, 1);

    /** The standard's own example, whose check character is X. */
    static final String ENDS_IN_X = "11010519491231002X";

    /** Born 15 March 2005 in 拉萨市城关区; check character worked out by hand (ISO 7064 MOD 11-2). */
    static final String LHASA = "540102200503151231";

    /** Seventeen digits and their check character, as a test wants a valid number. */
    static String valid(String first17) {
        return first17 + NationalId.checkCharacter(first17);
    }

    @Test
    void aNumberWithItsCheckCharacterIsAccepted() {
        assertThat(NationalId.parse(LHASA, TODAY).value()).isEqualTo(LHASA);
        assertThat(NationalId.parse(LHASA, TODAY).birthDate()).isEqualTo(LocalDate.of(2005, 3, 15));
        assertThat(NationalId.parse(valid("65010119990101001"), TODAY).value()).isEqualTo("650101199901010016");
    }

    @Test
    void theCheckCharacterIsComputedByIso7064Mod11_2() {
        assertThat(NationalId.checkCharacter("54010220050315123")).isEqualTo('1');
        assertThat(NationalId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(NationalId.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void aCheckCharacterXIsAcceptedInEitherCase() {
        assertThat(NationalId.parse(ENDS_IN_X, TODAY).value()).isEqualTo(ENDS_IN_X);
        assertThat(NationalId.parse("11010519491231002x", TODAY).value()).isEqualTo(ENDS_IN_X);
        assertThat(NationalId.parse("11010519491231002ｘ", TODAY).value()).isEqualTo(ENDS_IN_X);
    }

    @Test
    void fullWidthDigitsAndSpacesAreReadAsTyped() {
        assertThat(NationalId.parse("５４０１０２２００５０３１５１２３１", TODAY).value()).isEqualTo(LHASA);
        assertThat(NationalId.parse(" 540102 20050315 1231\u3000", TODAY).value()).isEqualTo(LHASA);
        assertThat(NationalId.parse("５４０１０２２００５０３１５１２３１", TODAY))
                .isEqualTo(NationalId.parse(LHASA, TODAY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "\u3000" })
    void aNumberIsRequired(String text) {
        assertRefused(() -> NationalId.parse(text, TODAY), "enrolment.national-id.required");
    }

    @ParameterizedTest
    @ValueSource(strings = { "54010220050315123", "5401022005031512311", "54010220050315", "54010A200503151231",
            "5401022005031512Y1", "54010220050315123Y", "540102-20050315-1231", "X40102200503151231" })
    void aNumberIsEighteenDigitsOrSeventeenAndAnX(String text) {
        assertRefused(() -> NationalId.parse(text, TODAY), "enrolment.national-id.format");
    }

    @Test
    void theBirthDateMustBeARealDay() {
        assertRefused(() -> NationalId.parse(valid("54010220050230123"), TODAY), "enrolment.national-id.birth-date");
        assertRefused(() -> NationalId.parse(valid("54010220051301123"), TODAY), "enrolment.national-id.birth-date");
        assertRefused(() -> NationalId.parse(valid("54010220050000123"), TODAY), "enrolment.national-id.birth-date");
    }

    @Test
    void nobodyIsBornAfterTodayNorBefore1900() {
        assertRefused(() -> NationalId.parse(valid("54010220180902123"), TODAY), "enrolment.national-id.birth-date");
        assertRefused(() -> NationalId.parse(valid("54010218991231123"), TODAY), "enrolment.national-id.birth-date");
        assertThat(NationalId.parse(valid("54010220180901123"), TODAY).birthDate()).isEqualTo(TODAY);
        assertThat(NationalId.parse(valid("54010219000101123"), TODAY).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertRefused(() -> NationalId.parse("540102200503151232", TODAY), "enrolment.national-id.checksum");
        assertRefused(() -> NationalId.parse("54010220050315123X", TODAY), "enrolment.national-id.checksum");
        assertRefused(() -> NationalId.parse("110105194912310021", TODAY), "enrolment.national-id.checksum");
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckCharacter() {
        assertRefused(() -> NationalId.parse("540102200503151331", TODAY), "enrolment.national-id.checksum");
    }

    @Test
    void theMaskShowsTheFirstFourAndTheLastFourOnly() {
        assertThat(NationalId.parse(LHASA, TODAY).masked()).isEqualTo("5401**********1231");
        assertThat(NationalId.parse(ENDS_IN_X, TODAY).masked()).isEqualTo("1101**********002X");
        assertThat(NationalId.mask("540102200503151231")).hasSize(18).startsWith("5401").endsWith("1231")
                .contains("*".repeat(10));
    }

    @Test
    void itsTextNeverShowsTheWholeNumber() {
        var id = NationalId.parse(LHASA, TODAY);

        assertThat(id.toString()).isEqualTo("5401**********1231").doesNotContain(LHASA)
                .doesNotContain(LHASA.substring(0, 14)).doesNotContain("20050315");
        assertThat(String.valueOf(id)).doesNotContain(LHASA);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.kind()).isEqualTo(EnrolmentRejected.Kind.INVALID);
        });
    }
}
