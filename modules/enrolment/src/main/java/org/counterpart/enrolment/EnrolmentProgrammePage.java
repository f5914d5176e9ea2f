package org.counterpart.enrolment;

import java.math.BigDecimal;
import java.util.List;

/** One page of programmes, how many match in all, and the totals over all that match (not only this page). */
public record EnrolmentProgrammePage(List<EnrolmentProgrammeSummary> items, long total, Totals totals) {

    public EnrolmentProgrammePage {
        items = List.copyOf(items);
    }

    /** Seats, students by stage, funding (万元) and subsidies granted (元) over everything that matches. */
    public record Totals(long quota, long awaiting, long admitted, long enrolled, long graduated, BigDecimal funding,
            BigDecimal subsidised) {
    }
}
