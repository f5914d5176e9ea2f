package org.counterpart.directory.domain;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitQuery;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The undertaking units (承办单位) with their aliases. */
@SecondaryPort
public interface Units {

    List<Unit> find(UnitQuery query);

    long count(UnitQuery query);

    Optional<Unit> byCode(UnitCode code);

    /** By name or alias, exactly as normalised. */
    Optional<Unit> byName(String name);

    /** Whether a unit or an alias already carries this name. */
    boolean isNameTaken(String name);

    /** Adds a unit with who registered it and when. */
    void add(Unit unit, Registrar registrar);
}
