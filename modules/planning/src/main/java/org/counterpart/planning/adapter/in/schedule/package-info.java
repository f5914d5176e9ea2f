/**
 * The planning module's scheduled work: the daily check for overdue milestones.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.planning.adapter.in.schedule;
