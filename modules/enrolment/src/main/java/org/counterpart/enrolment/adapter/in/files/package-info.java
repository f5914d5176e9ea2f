/**
 * Student lists as files (.xlsx, .csv): reading them for import, writing the blank template and the masked list, and
 * the embedded default's demo programmes and students.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.enrolment.adapter.in.files;
