package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsAdmitted;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-admitted.v1} — Students were admitted (录取): counts by source region, never who. */
@Component
class StudentsAdmittedV1 extends IntegrationTranslation<StudentsAdmitted> {

    StudentsAdmittedV1() {
        super(StudentsAdmitted.class, "enrolment", "students-admitted", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsAdmitted event) {
        return EnrolmentContract.moved(event);
    }
}
