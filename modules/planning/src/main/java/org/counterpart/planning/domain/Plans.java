package org.counterpart.planning.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the years' plans are kept. */
@SecondaryPort
public interface Plans {

    List<Plan> all();

    Optional<Plan> byYear(Plan.Year year);

    void add(Plan plan);

    /**
     * The plan's revision, empty when the year has no plan. It moves whenever anything about its tasks is written,
     * in the writing transaction ({@link Tasks}), so what is read in the same transaction as the revision holds for as
     * long as the revision does.
     */
    OptionalLong revision(Plan.Year year);
}
