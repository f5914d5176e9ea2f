/**
 * Sends the reporting module's e-mail (reminders) through the configured mail server.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.reporting.adapter.out.mail;
