package org.counterpart.reporting;

/**
 * A change to a report that leaves its status as it was, kept in its history beside the status steps: its text
 * (which fields), or a file added or removed (which one). Nothing a writer does to a report goes unrecorded.
 */
public enum ReportEdit {
    /** Title, body, kind or subject changed; the step's comment lists which ({@code title,body,…}). */
    EDITED,
    /** A file was attached; the comment is its name. */
    ATTACHED,
    /** A file was removed; the comment is its name. */
    DETACHED
}
