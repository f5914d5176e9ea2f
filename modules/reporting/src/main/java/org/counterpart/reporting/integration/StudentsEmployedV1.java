package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsEmployed;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-employed.v1} — Graduates took up employment, in Shanghai or in a partner region: counts by source region, never who. */
@Component
class StudentsEmployedV1 extends IntegrationTranslation<StudentsEmployed> {

    StudentsEmployedV1() {
        super(StudentsEmployed.class, "enrolment", "students-employed", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsEmployed event) {
        return EnrolmentContract.moved(event);
    }
}
