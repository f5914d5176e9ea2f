package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.enrolment-programme-revised.v1} — a programme's quota or funding (万元) changed. */
@Component
class EnrolmentProgrammeRevisedV1 extends IntegrationTranslation<EnrolmentProgrammeRevised> {

    record Data(UUID programmeId, int academicYear, String kind, int quota, String fundingWan) {
    }

    EnrolmentProgrammeRevisedV1() {
        super(EnrolmentProgrammeRevised.class, "enrolment", "enrolment-programme-revised", 1);
    }

    @Override
    protected Data data(EnrolmentProgrammeRevised event) {
        return new Data(event.programme().value(), event.academicYear(), EnrolmentContract.kind(event.kind()),
                event.quota(), decimal(event.funding()));
    }
}
