package org.counterpart.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One page of programmes, how many match in all, the totals of all that match (not only this page): commission and
 * partner funding in 万元, planned trainees — the 合计 of Attachment 1 — and each programme's budget and spending.
 */
public record ProgrammePage(List<ProgrammeSummary> items, long total, Totals totals, Map<ProgrammeId, Money> money) {

    /**
     * The 合计 of everything that matches: funding as planned in the table, and the budget lines set and spending
     * recorded against them.
     */
    public record Totals(BigDecimal commissionFunding, BigDecimal partnerFunding, long plannedTrainees,
            BigDecimal budgeted, BigDecimal spent) {

        public BigDecimal funding() {
            return commissionFunding.add(partnerFunding);
        }
    }

    /** A programme's budget (sum of its lines) and spending so far, in 万元. */
    public record Money(BigDecimal budgeted, BigDecimal spent) {

        public static final Money NONE = new Money(BigDecimal.ZERO, BigDecimal.ZERO);

        public boolean isOverspent() {
            return spent.compareTo(budgeted) > 0;
        }
    }

    public Money moneyOf(ProgrammeId programme) {
        return money.getOrDefault(programme, Money.NONE);
    }
}
