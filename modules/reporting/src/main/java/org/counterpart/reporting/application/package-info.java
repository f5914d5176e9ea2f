/**
 * The services that carry out the reporting use cases in transactions.
 */
@org.jmolecules.architecture.hexagonal.Application
package org.counterpart.reporting.application;
