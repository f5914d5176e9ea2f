package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.training.ProgrammeChanged;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.training.programme-changed.v1} — a programme's funding (万元) or trainees changed: the new figures. */
@Component
class ProgrammeChangedV1 extends IntegrationTranslation<ProgrammeChanged> {

    record Data(UUID programmeId, int year, String commissionFundingWan, String partnerFundingWan,
            int plannedTrainees) {
    }

    ProgrammeChangedV1() {
        super(ProgrammeChanged.class, "training", "programme-changed", 1);
    }

    @Override
    protected Data data(ProgrammeChanged event) {
        return new Data(event.programme().value(), event.year(), decimal(event.commissionFunding()),
                decimal(event.partnerFunding()), event.plannedTrainees());
    }
}
