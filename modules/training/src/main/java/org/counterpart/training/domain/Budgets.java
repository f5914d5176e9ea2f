package org.counterpart.training.domain;

import java.time.Instant;

import org.counterpart.training.ProgrammeId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where programmes' budget lines and spending are kept. */
@SecondaryPort
public interface Budgets {

    Budget of(ProgrammeId programme);

    /**
     * The programme's budget, held against other changes to it until the transaction ends — so that two entries
     * saved at once cannot together pass a line's budget unnoticed.
     */
    Budget lockedOf(ProgrammeId programme);

    void addLine(ProgrammeId programme, Budget.Line line);

    void addSpending(ProgrammeId programme, Budget.Spending spending, Instant recordedAt);
}
