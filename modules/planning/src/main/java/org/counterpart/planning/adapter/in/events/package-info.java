/**
 * Listeners to other modules' events that drive planning use cases.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.planning.adapter.in.events;
