package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsEnrolled;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-enrolled.v1} — Students enrolled (在读): counts by source region, never who. */
@Component
class StudentsEnrolledV1 extends IntegrationTranslation<StudentsEnrolled> {

    StudentsEnrolledV1() {
        super(StudentsEnrolled.class, "enrolment", "students-enrolled", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsEnrolled event) {
        return EnrolmentContract.moved(event);
    }
}
