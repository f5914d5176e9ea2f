package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportSubjectTests {

    @Test
    void aTaskIsNamedByItsYearAndNumberWhateverTheNumbersSize() {
        assertThat(ReportSubject.parse("TASK:2018-47").key()).isEqualTo("TASK:2018-47");
        assertThat(ReportSubject.parse("task: 2018-047").key()).isEqualTo("TASK:2018-47");
        // A plan of 5,000 tasks a year, and the largest number an import accepts: the full-size benchmark found
        // reports on task 1001 and above refused when only three digits were read.
        assertThat(ReportSubject.parse("TASK:2008-1001").key()).isEqualTo("TASK:2008-1001");
        assertThat(ReportSubject.task(2017, 100_000).key()).isEqualTo("TASK:2017-100000");
        assertThat(ReportSubject.parse("TASK:2017-4999").taskYear()).isEqualTo(2017);
    }

    @Test
    void anythingElseIsNoTask() {
        for (var key : new String[] { "TASK:2018", "TASK:2018-", "TASK:18-4", "TASK:2018-abc", "TASK:2018-1234567",
                "TASK:2018-4;drop", "PLAN:2018-4", "2018-4" }) {
            assertThatThrownBy(() -> ReportSubject.parse(key)).as(key).isInstanceOf(ReportRejected.class)
                    .extracting(e -> ((ReportRejected) e).messageKey()).isEqualTo("reporting.report.subject-unknown");
        }
        assertThat(ReportSubject.parse(" ")).isNull();
    }
}
