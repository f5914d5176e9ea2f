package org.counterpart.reporting;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The daily reminder run: reminds each unit or office of the periods of its duties that fall due within the days
 * set before them, and of those overdue — each reminder once — and sends it by e-mail where a mail server and the
 * duty's contact address are set.
 */
@PrimaryPort
public interface ReminderRun {

    /**
     * Runs for a day, unless the day has already run (on this or another instance of the application).
     *
     * @return how many reminders were made, or -1 when the day had already run
     */
    int remind(LocalDate today);
}
