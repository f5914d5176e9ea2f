package org.counterpart.reporting.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Sends reminders by e-mail, where a mail server is set up. */
@SecondaryPort
public interface ReminderMail {

    /** Whether a mail server is set up ({@code spring.mail.host}). */
    boolean isConfigured();

    /** Sends one reminder; false when it could not be sent (the reason is logged; the run goes on). */
    boolean send(ReminderNotice notice);
}
