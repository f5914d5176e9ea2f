/**
 * The directory's use cases: reading the reference data and registering units, in transactions, publishing
 * {@link org.counterpart.directory.UnitRegistered}.
 */
@org.jmolecules.architecture.hexagonal.Application
package org.counterpart.directory.application;
