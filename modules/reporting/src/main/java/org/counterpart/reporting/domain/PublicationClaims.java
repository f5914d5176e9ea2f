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
     * Takes the publication for resubmission if it is still incomplete, not resubmitted by anyone since
     * {@code notClaimedSince}, and not being resubmitted — unless that resubmission began before
     * {@code abandonedBefore}: then the instance that began it is taken to have died with it (killed between marking
     * it and sending it), and the publication is taken back. Marks it taken at {@code now}.
     *
     * @return whether this caller took it (false: completed meanwhile, or someone else took it)
     */
    boolean claim(UUID publication, Instant now, Instant notClaimedSince, Instant abandonedBefore);

    /**
     * Whether any incomplete publication failed, or was published before {@code staleBefore}: a question the database
     * answers from its index without reading any event, asked before a resubmission pass reads (and deserializes)
     * every incomplete publication — thousands while a large import's events are on their way.
     */
    boolean anyFailedOrPublishedBefore(Instant staleBefore);
}
