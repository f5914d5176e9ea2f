package org.counterpart.reporting.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The deliveries of events to the statistics' listeners that the event publication registry has not completed. */
@SecondaryPort
public interface EventDeliveries {

    /** Whether any event for a listener whose id starts with {@code listenerPrefix} waits to be delivered. */
    boolean anyOutstanding(String listenerPrefix);
}
