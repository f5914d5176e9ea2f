package org.counterpart.reporting.integration;

import org.counterpart.enrolment.StudentsAwaitingApproval;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.enrolment.students-awaiting-approval.v1} — Students admitted beyond the quota wait for the commission office's approval: counts by source region, never who. */
@Component
class StudentsAwaitingApprovalV1 extends IntegrationTranslation<StudentsAwaitingApproval> {

    StudentsAwaitingApprovalV1() {
        super(StudentsAwaitingApproval.class, "enrolment", "students-awaiting-approval", 1);
    }

    @Override
    protected EnrolmentContract.StudentsMovedData data(StudentsAwaitingApproval event) {
        return EnrolmentContract.moved(event);
    }
}
