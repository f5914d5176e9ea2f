/**
 * How the application holds its database connections: taken only when a statement is about to run.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.shell.adapter.out.persistence;
