/**
 * Keeps programmes, cohorts and trainees in the module's own tables ({@code training_*}) through MyBatis.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.training.adapter.out.persistence;
