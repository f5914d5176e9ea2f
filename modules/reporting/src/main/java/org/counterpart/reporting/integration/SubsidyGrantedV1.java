package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.enrolment.SubsidyGranted;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.enrolment.subsidy-granted.v1} — 贫困生经费补助: a subsidy in 元 for a term, by programme and
 * source region. Neither the student nor the grant's own id leaves: a grant is one student's.
 */
@Component
class SubsidyGrantedV1 extends IntegrationTranslation<SubsidyGranted> {

    record Data(UUID programmeId, int academicYear, String sourceRegion, String term, String amountYuan) {
    }

    SubsidyGrantedV1() {
        super(SubsidyGranted.class, "enrolment", "subsidy-granted", 1);
    }

    @Override
    protected Data data(SubsidyGranted event) {
        return new Data(event.programme().value(), event.academicYear(), event.sourceRegion().value(),
                event.term().code(), decimal(event.amount()));
    }
}
