package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.counterpart.directory.OfficeCode;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.Reporter;
import org.junit.jupiter.api.Test;

/** The lines a duty's history gets: set up, each field changed (before and after), deleted. */
class DutyHistoryTests {

    final Duty quarterly = DutyDueDatesTests.duty(DutyFrequency.QUARTERLY, 10, null);

    @Test
    void aChangeIsRecordedFieldByFieldWithBeforeAndAfter() {
        var changed = quarterly.changedTo(2018, Reporter.office(new OfficeCode("renshi")), quarterly.subject(),
                quarterly.subjectLabel(), ReportKind.NEWS, DutyFrequency.ONCE, null, LocalDate.of(2018, 12, 20),
                "renshi@example.org", "  每月底前  ", false);

        assertThat(quarterly.changesTo(changed)).containsExactly(
                new DutyChange("reporter", "UNIT:shipei", "OFFICE:renshi"),
                new DutyChange("frequency", "QUARTERLY", "ONCE"),
                new DutyChange("daysAllowed", "10", null),
                new DutyChange("dueOn", null, "2018-12-20"),
                new DutyChange("contactEmail", null, "renshi@example.org"),
                new DutyChange("note", null, "每月底前"));
    }

    @Test
    void nothingChangedIsNoLine() {
        var same = quarterly.changedTo(2018, quarterly.reporter(), quarterly.subject(), quarterly.subjectLabel(),
                quarterly.kind(), quarterly.frequency(), 10, null, null, " ", false);

        assertThat(quarterly.changesTo(same)).isEmpty();
    }

    @Test
    void settingUpAndDeletingSayWhatTheDutyAsks() {
        assertThat(quarterly.created())
                .isEqualTo(new DutyChange("created", null, "2018 · UNIT:shipei · 开展沪遵教育培训 · NEWS · QUARTERLY +10"));
        var once = DutyDueDatesTests.duty(DutyFrequency.ONCE, null, LocalDate.of(2018, 12, 20));
        assertThat(once.deleted())
                .isEqualTo(new DutyChange("deleted", "2018 · UNIT:shipei · 开展沪遵教育培训 · NEWS · ONCE 2018-12-20", null));
    }
}
