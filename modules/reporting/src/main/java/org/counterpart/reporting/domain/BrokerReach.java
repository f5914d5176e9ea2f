package org.counterpart.reporting.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Whether this instance of the application can reach the message broker now. An instance cut off from it leaves the
 * resubmission of what is for the broker to the instances that can send it, instead of taking publications only to
 * fail them again. Absent where nothing is published to a broker.
 */
@SecondaryPort
public interface BrokerReach {

    /** Connected, or able to connect now (a connection is tried when there is none). */
    boolean reachable();
}
