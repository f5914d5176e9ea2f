package org.counterpart.reporting;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Sends the webhook deliveries that are due; run on a schedule. */
@PrimaryPort
public interface DispatchWebhooks {

    /** @return how many deliveries were attempted */
    int dispatchDue();
}
