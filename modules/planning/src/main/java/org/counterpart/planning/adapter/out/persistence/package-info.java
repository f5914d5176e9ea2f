/**
 * Keeps plans and tasks in the module's own tables ({@code planning_*}) through MyBatis.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.planning.adapter.out.persistence;
