package org.counterpart.reporting;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * 报送任务 — which unit or office reports on what, how often and by when. The commission office (ADMIN) sets, changes
 * and removes duties; units and offices read their own; viewers read all. A duty that reports answer keeps its
 * reporter, subject, kind and frequency, and cannot be removed.
 */
@PrimaryPort
public interface DutyManagement {

    List<DutySummary> duties(DutyQuery query);

    Optional<DutySummary> duty(DutyId id);

    DutySummary create(DutyDraft draft);

    DutySummary update(DutyId id, DutyDraft draft, long seenVersion);

    void delete(DutyId id, long seenVersion);

    /**
     * Who set the duty up, changed or deleted it, when and what, oldest first — also of a duty deleted since, for
     * ADMIN and VIEWER; for others, of a duty they may read.
     */
    List<DutyChangeView> history(DutyId id);
}
