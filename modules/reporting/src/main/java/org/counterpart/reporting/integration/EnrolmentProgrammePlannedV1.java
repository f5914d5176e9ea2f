package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.enrolment.enrolment-programme-planned.v1} — an enrolment programme was planned: kind, source
 * region, plan task, quota (seats over all host schools) and funding in 万元.
 */
@Component
class EnrolmentProgrammePlannedV1 extends IntegrationTranslation<EnrolmentProgrammePlanned> {

    record Data(UUID programmeId, int academicYear, String kind, String sourceRegion, Integer planTask, int quota,
            String fundingWan) {
    }

    EnrolmentProgrammePlannedV1() {
        super(EnrolmentProgrammePlanned.class, "enrolment", "enrolment-programme-planned", 1);
    }

    @Override
    protected Data data(EnrolmentProgrammePlanned event) {
        return new Data(event.programme().value(), event.academicYear(), EnrolmentContract.kind(event.kind()),
                event.sourceRegion().value(), event.planTask(), event.quota(), decimal(event.funding()));
    }
}
