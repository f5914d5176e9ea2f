/**
 * Listeners to other modules' events that drive enrolment use cases.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.enrolment.adapter.in.events;
