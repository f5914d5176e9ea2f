package org.counterpart.reporting.domain;

/**
 * One line of a duty's history: a field with its text before and after, or the duty set up ({@link #CREATED}, what
 * it asks after) or deleted ({@link #DELETED}, what it asked before).
 */
public record DutyChange(String field, String before, String after) {

    public static final String CREATED = "created";
    public static final String DELETED = "deleted";
}
