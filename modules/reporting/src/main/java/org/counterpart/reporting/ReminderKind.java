package org.counterpart.reporting;

/** Why a reminder was made: a period falls due within the days set before it, or it is overdue. */
public enum ReminderKind {
    DUE_SOON, OVERDUE
}
