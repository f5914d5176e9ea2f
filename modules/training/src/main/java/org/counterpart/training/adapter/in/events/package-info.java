/**
 * Listeners to other modules' events that drive training use cases.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.training.adapter.in.events;
