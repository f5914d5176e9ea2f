package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsWithdrawn;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-withdrawn.v1} — Students withdrew (退学/放弃): counts by source region, never who. */
@Component
class StudentsWithdrawnV1 extends IntegrationTranslation<StudentsWithdrawn> {

    StudentsWithdrawnV1() {
        super(StudentsWithdrawn.class, "enrolment", "students-withdrawn", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsWithdrawn event) {
        return EnrolmentContract.moved(event);
    }
}
