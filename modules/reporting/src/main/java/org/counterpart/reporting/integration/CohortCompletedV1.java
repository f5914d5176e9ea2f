package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.training.CohortCompleted;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.training.cohort-completed.v1} — a cohort finished: how many were trained, how many completed. */
@Component
class CohortCompletedV1 extends IntegrationTranslation<CohortCompleted> {

    record Data(UUID cohortId, UUID programmeId, int trained, long completed) {
    }

    CohortCompletedV1() {
        super(CohortCompleted.class, "training", "cohort-completed", 1);
    }

    @Override
    protected Data data(CohortCompleted event) {
        return new Data(event.cohort().value(), event.programme().value(), event.trained(), event.completed());
    }
}
