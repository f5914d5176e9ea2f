package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.training.ProgrammePlanned;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.training.programme-planned.v1} — a training programme joined a year's plan: funding in 万元
 * (decimal strings) from the commission and the partner, planned trainees, the unit that runs it, the plan task.
 */
@Component
class ProgrammePlannedV1 extends IntegrationTranslation<ProgrammePlanned> {

    record Data(UUID programmeId, int year, String region, String mode, String commissionFundingWan,
            String partnerFundingWan, int plannedTrainees, String implementingUnit, Integer planTask) {
    }

    ProgrammePlannedV1() {
        super(ProgrammePlanned.class, "training", "programme-planned", 1);
    }

    @Override
    protected Data data(ProgrammePlanned event) {
        return new Data(event.programme().value(), event.year(), event.region().value(),
                TrainingContract.mode(event.mode()), decimal(event.commissionFunding()),
                decimal(event.partnerFunding()), event.plannedTrainees(), event.implementingUnit().value(),
                event.planTask());
    }
}
