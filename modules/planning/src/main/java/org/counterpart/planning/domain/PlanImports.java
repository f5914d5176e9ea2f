package org.counterpart.planning.domain;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where imports of plan files are recorded, for every instance to follow. */
@SecondaryPort
public interface PlanImports {

    void add(PlanImport planImport);

    /** Writes where the import stands, in the caller's transaction. */
    void save(PlanImport planImport);

    Optional<PlanImport> byId(PlanImport.Id id);
}
