/**
 * Keeps the reference data in the directory's own tables ({@code directory_*}) through MyBatis.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.directory.adapter.out.persistence;
