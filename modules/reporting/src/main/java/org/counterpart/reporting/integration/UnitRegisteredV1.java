package org.counterpart.reporting.integration;

import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitRegistered;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.directory.unit-registered.v1} — an undertaking unit (an organisation) joined the directory. */
@Component
class UnitRegisteredV1 extends IntegrationTranslation<UnitRegistered> {

    record Data(String unitCode, String nameZh, String nameEn, String kind) {
    }

    UnitRegisteredV1() {
        super(UnitRegistered.class, "directory", "unit-registered", 1);
    }

    @Override
    protected Data data(UnitRegistered event) {
        return new Data(event.unit().value(), event.nameZh(), event.nameEn(), kind(event.kind()));
    }

    static String kind(UnitKind kind) {
        return switch (kind) {
            case UNIVERSITY -> "UNIVERSITY";
            case VOCATIONAL_SCHOOL -> "VOCATIONAL_SCHOOL";
            case SCHOOL -> "SCHOOL";
            case TRAINING_CENTRE -> "TRAINING_CENTRE";
            case RESEARCH_INSTITUTE -> "RESEARCH_INSTITUTE";
            case EDUCATION_BUREAU -> "EDUCATION_BUREAU";
            case ALLIANCE -> "ALLIANCE";
            case PUBLIC_INSTITUTION -> "PUBLIC_INSTITUTION";
        };
    }
}
