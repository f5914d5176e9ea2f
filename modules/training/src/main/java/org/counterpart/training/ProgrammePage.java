package org.counterpart.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of programmes, how many match in all, and the totals of all that match (not only this page): commission
 * and partner funding in 万元, planned trainees — the 合计 of Attachment 1.
 */
public record ProgrammePage(List<ProgrammeSummary> items, long total, Totals totals) {

    public record Totals(BigDecimal commissionFunding, BigDecimal partnerFunding, long plannedTrainees) {

        public BigDecimal funding() {
            return commissionFunding.add(partnerFunding);
        }
    }
}
