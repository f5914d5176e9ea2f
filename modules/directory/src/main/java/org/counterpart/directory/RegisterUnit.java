package org.counterpart.directory;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Adds an undertaking unit the notices did not name yet (a new 承办单位 takes on work). */
@PrimaryPort
public interface RegisterUnit {

    /**
     * @throws UnitRejected when the name is missing, too long, or taken by another unit or alias.
     */
    Unit register(RegisterUnitCommand command);
}
