package org.counterpart.enrolment;

import java.util.List;

/**
 * One programme as its page shows it: the summary, subsidies by region, every recorded change, and what the user may
 * do with it.
 */
public record EnrolmentProgrammeDetails(EnrolmentProgrammeSummary programme, SubsidyTotals subsidies,
        List<ChangeView> changes, boolean mayRevise, boolean mayReadStudents, boolean mayAdmit) {

    public EnrolmentProgrammeDetails {
        changes = List.copyOf(changes);
    }
}
