package org.counterpart.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A programme's money as its page shows it: each budget line planned and spent (万元), the spending entries (those
 * beyond their line's budget flagged, with their reason), the totals, and what the user looking may do.
 */
public record BudgetView(List<Line> lines, List<Entry> spending, BigDecimal planned, BigDecimal spent,
        boolean mayPlan, boolean maySpend) {

    public record Line(UUID id, String category, BigDecimal planned, BigDecimal spent) {

        public BigDecimal remaining() {
            return planned.subtract(spent);
        }

        public boolean isOverspent() {
            return spent.compareTo(planned) > 0;
        }
    }

    public record Entry(UUID id, UUID line, String category, LocalDate spentOn, BigDecimal amount, String description,
            String overBudgetReason, String recordedBy) {

        public boolean isOverBudget() {
            return overBudgetReason != null;
        }
    }
}
