package org.counterpart.reporting;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The administrator's view of event publications that have not completed, and the way to try them again. */
@PrimaryPort
public interface PublicationAdministration {

    /** Every incomplete publication, oldest first. */
    List<PublicationSummary> incomplete();

    /**
     * Resubmits the incomplete publications older than the configured minimum age (younger ones may still be running).
     *
     * @return how many were resubmitted
     */
    int resubmitIncomplete();

    /** Resubmits the incomplete publications of the events for downstream systems only (the scheduled retry). */
    int resubmitOutstandingIntegration();
}
