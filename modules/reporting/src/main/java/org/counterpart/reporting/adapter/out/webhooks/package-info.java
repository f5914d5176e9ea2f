/**
 * Delivers webhook requests over HTTP with the JDK's client.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.reporting.adapter.out.webhooks;
