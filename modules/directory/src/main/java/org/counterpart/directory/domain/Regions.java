package org.counterpart.directory.domain;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The partner regions and their places. */
@SecondaryPort
public interface Regions {

    List<Region> all();

    Optional<Region> byCode(RegionCode code);

    Optional<Region> byName(String name);
}
