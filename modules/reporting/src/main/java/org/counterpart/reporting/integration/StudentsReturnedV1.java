package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsReturned;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-returned.v1} — Graduates returned to their home region: counts by source region, never who. */
@Component
class StudentsReturnedV1 extends IntegrationTranslation<StudentsReturned> {

    StudentsReturnedV1() {
        super(StudentsReturned.class, "enrolment", "students-returned", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsReturned event) {
        return EnrolmentContract.moved(event);
    }
}
