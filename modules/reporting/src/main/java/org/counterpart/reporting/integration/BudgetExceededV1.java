package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.training.BudgetExceeded;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.training.budget-exceeded.v1} — a budget line's spending went beyond its budget (万元). The
 * reason given stays inside: it is free text, and free text may name people.
 */
@Component
class BudgetExceededV1 extends IntegrationTranslation<BudgetExceeded> {

    record Data(UUID programmeId, String category, String plannedWan, String spentWan) {
    }

    BudgetExceededV1() {
        super(BudgetExceeded.class, "training", "budget-exceeded", 1);
    }

    @Override
    protected Data data(BudgetExceeded event) {
        return new Data(event.programme().value(), event.category(), decimal(event.planned()),
                decimal(event.spent()));
    }
}
