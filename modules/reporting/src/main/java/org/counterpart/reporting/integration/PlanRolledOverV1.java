package org.counterpart.reporting.integration;

import org.counterpart.planning.PlanRolledOver;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.planning.plan-rolled-over.v1} — next year's plan was started as a copy of this year's. */
@Component
class PlanRolledOverV1 extends IntegrationTranslation<PlanRolledOver> {

    record Data(int fromYear, int toYear, int tasks) {
    }

    PlanRolledOverV1() {
        super(PlanRolledOver.class, "planning", "plan-rolled-over", 1);
    }

    @Override
    protected Data data(PlanRolledOver event) {
        return new Data(event.fromYear(), event.toYear(), event.tasks());
    }
}
