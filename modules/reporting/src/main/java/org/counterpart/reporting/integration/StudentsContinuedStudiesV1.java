package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsContinuedStudies;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-continued-studies.v1} — Graduates went on to further study (升学): counts by source region, never who. */
@Component
class StudentsContinuedStudiesV1 extends IntegrationTranslation<StudentsContinuedStudies> {

    StudentsContinuedStudiesV1() {
        super(StudentsContinuedStudies.class, "enrolment", "students-continued-studies", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsContinuedStudies event) {
        return EnrolmentContract.moved(event);
    }
}
