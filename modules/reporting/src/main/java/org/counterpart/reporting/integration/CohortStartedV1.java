package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.training.CohortStarted;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.training.cohort-started.v1} — a cohort started with so many trainees (a count; never who). */
@Component
class CohortStartedV1 extends IntegrationTranslation<CohortStarted> {

    record Data(UUID cohortId, UUID programmeId, int trainees) {
    }

    CohortStartedV1() {
        super(CohortStarted.class, "training", "cohort-started", 1);
    }

    @Override
    protected Data data(CohortStarted event) {
        return new Data(event.cohort().value(), event.programme().value(), event.trainees());
    }
}
