package org.counterpart.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.counterpart.enrolment.EnrolmentRejected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 入学年份 as people type it into a roster: every way of writing a year, a month or a day of it gives the year. */
class EntryYearTests {

    @ParameterizedTest
    @ValueSource(strings = { "2018", " 2018 ", "2018年", "2018 年", "2018级", "２０１８", "２０１８年", "2018.9", "2018.09",
            "2018-9", "2018-09", "2018/9", "2018/9/1", "2018/09/01", "2018-09-01", "2018.9.1", "2018年9月", "2018年9月1日",
            "2018年09月01日", "2018年9月1号", "20180901", "２０１８／９／１", "2018-09-01 09:30", "2018-09-01T09:30:00",
            "2018 - 9 - 1" })
    void everyWayOfTypingTheYearGivesIt(String typed) {
        assertThat(EntryYear.parse(typed)).hasValue(2018);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\t" })
    void nothingTypedIsNoYear(String typed) {
        assertThat(EntryYear.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "18", "18级", "二〇一八", "二零一八年", "2018年秋", "秋季", "2018-13", "2018-02-30", "2018/9/31",
            "2018年0月", "201809", "2018-9-1-1", "9/1/18", "2018～2019", "N/A", "2018.5.5.5" })
    void anythingElseIsRefusedWithWhatWasTyped(String typed) {
        assertThatThrownBy(() -> EntryYear.parse(typed)).isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
            assertThat(e.messageKey()).isEqualTo("enrolment.student.cohort-year-invalid");
            assertThat(e.arguments()).containsExactly(typed.strip());
        });
    }
}
