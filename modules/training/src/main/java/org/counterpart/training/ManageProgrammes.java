package org.counterpart.training;

import java.math.BigDecimal;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Planning programmes and changing their funding and planned trainees. */
@PrimaryPort
public interface ManageProgrammes {

    ProgrammeDetails plan(NewProgramme programme);

    /**
     * Changes what a programme is funded with and how many it trains, if nobody changed it since the version seen.
     */
    ProgrammeDetails revise(ProgrammeId id, BigDecimal commissionFunding, BigDecimal partnerFunding,
            int plannedTrainees, long seenVersion);
}
