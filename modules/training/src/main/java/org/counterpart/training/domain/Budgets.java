package org.counterpart.training.domain;

import java.time.Instant;

import org.counterpart.training.ProgrammeId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where programmes' budget lines and spending are kept. */
@SecondaryPort
public interface Budgets {

    Budget of(ProgrammeId programme);

    void addLine(ProgrammeId programme, Budget.Line line);

    void addSpending(ProgrammeId programme, Budget.Spending spending, Instant recordedAt);
}
