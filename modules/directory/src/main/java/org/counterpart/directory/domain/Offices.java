package org.counterpart.directory.domain;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Office;
import org.counterpart.directory.OfficeCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The commission's offices (处室) with their aliases. */
@SecondaryPort
public interface Offices {

    List<Office> all();

    Optional<Office> byCode(OfficeCode code);

    /** By name or alias. */
    Optional<Office> byName(String name);
}
