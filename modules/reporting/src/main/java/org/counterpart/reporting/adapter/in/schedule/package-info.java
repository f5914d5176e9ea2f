/**
 * The reporting module's scheduled work: the daily reminders of reports due and overdue, resubmitting the events
 * for downstream systems that did not go out, and dispatching due webhook deliveries.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.reporting.adapter.in.schedule;
