package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A term is read as schools write it, by code or in Chinese, and nothing else is taken for one. */
class TermTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2018-1                | 2018 | 1",
            "2018-2                | 2018 | 2",
            "2018/2                | 2018 | 2",
            "2018.1                | 2018 | 1",
            "' 2018 - 1 '          | 2018 | 1",
            "2018学年第一学期        | 2018 | 1",
            "2018学年第二学期        | 2018 | 2",
            "2018学年第2学期         | 2018 | 2",
            "2018学年一学期          | 2018 | 1",
            "2018-2019学年第二学期   | 2018 | 2",
            "2018-2019学年第一学期   | 2018 | 1" })
    void aTermIsReadByCodeOrInChinese(String text, int year, int half) {
        assertThat(Term.parse(text)).isEqualTo(new Term(year, half));
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = { "2018", "2018-3", "2018-0", "18-1", "2018-2019", "2018学年", "2018学年第三学期",
            "2018年秋季学期", "第一学期", "autumn 2018", "2018-1-1" })
    void anythingElseIsNoTerm(String text) {
        assertThatThrownBy(() -> Term.parse(text)).isInstanceOfSatisfying(EnrolmentRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.term.invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "1999-2", "2101-1", "1999学年第一学期" })
    void aTermIsOfAYearFrom2000To2100(String text) {
        assertThatThrownBy(() -> Term.parse(text)).isInstanceOfSatisfying(EnrolmentRejected.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.term.invalid"));
        assertThat(Term.parse("2000-1")).isEqualTo(new Term(2000, 1));
        assertThat(Term.parse("2100-2")).isEqualTo(new Term(2100, 2));
    }

    @Test
    void aYearHasTwoTermsOnly() {
        assertThatThrownBy(() -> new Term(2018, 3)).isInstanceOf(EnrolmentRejected.class);
        assertThatThrownBy(() -> new Term(2018, 0)).isInstanceOf(EnrolmentRejected.class);
    }

    @Test
    void aTermIsWrittenByCodeAndInChinese() {
        assertThat(new Term(2018, 1).code()).isEqualTo("2018-1");
        assertThat(new Term(2018, 2).toString()).isEqualTo("2018-2");
        assertThat(new Term(2018, 1).nameZh()).isEqualTo("2018学年第一学期");
        assertThat(new Term(2018, 2).nameZh()).isEqualTo("2018学年第二学期");
        assertThat(Term.parse(new Term(2019, 2).nameZh())).isEqualTo(new Term(2019, 2));
    }

    @Test
    void termsFollowOneAnotherYearByYear() {
        assertThat(new Term(2018, 1)).isLessThan(new Term(2018, 2));
        assertThat(new Term(2018, 2)).isLessThan(new Term(2019, 1));
        assertThat(new Term(2019, 1)).isEqualByComparingTo(new Term(2019, 1));
    }
}
