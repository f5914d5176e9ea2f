/**
 * Keeps the reporting module's records and read models in its own tables ({@code reporting_*}) through MyBatis.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.reporting.adapter.out.persistence;
