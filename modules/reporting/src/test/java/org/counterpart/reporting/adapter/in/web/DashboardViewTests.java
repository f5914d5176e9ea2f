package org.counterpart.reporting.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The dashboard's figures as people read them: in thousands, exact to the last decimal, percentages as computed. */
class DashboardViewTests {

    @Test
    void countsAndAmountsAreShownInThousandsAndExactly() {
        assertThat(DashboardView.number(52_500L)).isEqualTo("52,500");
        assertThat(DashboardView.number(new BigDecimal("52500.00"))).isEqualTo("52,500");
        assertThat(DashboardView.number(new BigDecimal("1234567.125"))).isEqualTo("1,234,567.125");
        assertThat(DashboardView.number(new BigDecimal("435.40"))).isEqualTo("435.4");
        assertThat(DashboardView.number(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(DashboardView.number(null)).isEmpty();
    }

    @Test
    void informationReportsAreGroupedOnTheirOwn() {
        assertThat(DashboardView.groupOf("reports-by-completeness")).isEqualTo("reports");
        assertThat(DashboardView.groupOf("reports-by-kind")).isEqualTo("reports");
        assertThat(DashboardView.groupOf("subsidies-by-region")).isEqualTo("enrolment");
        assertThat(DashboardView.groupOf("overdue-milestones")).isEqualTo("tasks");
    }
}
