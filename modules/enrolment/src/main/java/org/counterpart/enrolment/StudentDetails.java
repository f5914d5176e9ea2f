package org.counterpart.enrolment;

import java.util.List;
import java.util.Set;

/**
 * One student as their page shows them: the record (ID masked), subsidies, every recorded change, the stages they
 * may move to, and what the user may do.
 */
public record StudentDetails(StudentSummary student, List<SubsidyView> subsidies, List<ChangeView> changes,
        Set<StudentStage> nextStages, boolean mayManage, boolean mayApprove, boolean mayGrant, boolean mayReveal) {

    public StudentDetails {
        subsidies = List.copyOf(subsidies);
        changes = List.copyOf(changes);
        nextStages = Set.copyOf(nextStages);
    }
}
