/**
 * Listeners to the other modules' events: each turns an event into the reporting module's own records.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.reporting.adapter.in.events;
