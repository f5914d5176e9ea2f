package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsGraduated;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-graduated.v1} — Students graduated (已毕业): counts by source region, never who. */
@Component
class StudentsGraduatedV1 extends IntegrationTranslation<StudentsGraduated> {

    StudentsGraduatedV1() {
        super(StudentsGraduated.class, "enrolment", "students-graduated", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsGraduated event) {
        return EnrolmentContract.moved(event);
    }
}
