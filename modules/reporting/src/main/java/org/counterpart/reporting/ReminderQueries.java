package org.counterpart.reporting;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The reminders still open — their period not reported yet: a unit's or office's own; every one for ADMIN; none for
 * a viewer.
 */
@PrimaryPort
public interface ReminderQueries {

    List<ReminderView> openReminders();
}
