/**
 * The reporting module's scheduled work: resubmitting the events for downstream systems that did not go out, and
 * dispatching due webhook deliveries.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.reporting.adapter.in.schedule;
