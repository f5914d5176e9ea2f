package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Claims an incomplete event publication for resubmission, so that of several instances of the application (or of
 * two resubmissions at once in one) exactly one sends it again.
 */
@SecondaryPort
public interface PublicationClaims {

    /**
     * Takes the publication for resubmission if it is still incomplete, not being resubmitted, and not resubmitted by
     * anyone since {@code notClaimedSince}; marks it taken at {@code now}.
     *
     * @return whether this caller took it (false: completed meanwhile, or someone else took it)
     */
    boolean claim(UUID publication, Instant now, Instant notClaimedSince);
}
