package org.counterpart.planning.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the years' plans are kept. */
@SecondaryPort
public interface Plans {

    List<Plan> all();

    Optional<Plan> byYear(Plan.Year year);

    void add(Plan plan);
}
