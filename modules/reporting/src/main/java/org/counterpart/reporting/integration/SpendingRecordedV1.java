package org.counterpart.reporting.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.counterpart.training.SpendingRecorded;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.training.spending-recorded.v1} — spending (万元) was recorded against a budget line. */
@Component
class SpendingRecordedV1 extends IntegrationTranslation<SpendingRecorded> {

    record Data(UUID programmeId, String category, LocalDate spentOn, String amountWan) {
    }

    SpendingRecordedV1() {
        super(SpendingRecorded.class, "training", "spending-recorded", 1);
    }

    @Override
    protected Data data(SpendingRecorded event) {
        return new Data(event.programme().value(), event.category(), event.spentOn(), decimal(event.amount()));
    }
}
