/**
 * The services that carry out the training use cases in transactions and publish the module's events.
 */
@org.jmolecules.architecture.hexagonal.Application
package org.counterpart.training.application;
