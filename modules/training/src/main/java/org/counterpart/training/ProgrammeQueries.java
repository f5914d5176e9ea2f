package org.counterpart.training;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reading training programmes — every signed-in user may. */
@PrimaryPort
public interface ProgrammeQueries {

    /** The years that have programmes, the newest first. */
    List<Integer> years();

    ProgrammePage programmes(ProgrammeQuery query);

    Optional<ProgrammeDetails> programme(ProgrammeId id);
}
