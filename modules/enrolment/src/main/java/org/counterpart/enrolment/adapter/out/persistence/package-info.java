/**
 * Keeps programmes, students and subsidies in the module's own tables ({@code enrolment_*}) through MyBatis.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.enrolment.adapter.out.persistence;
