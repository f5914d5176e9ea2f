package org.counterpart.reporting;

/** Which duties to list: optionally of one year and one unit or office. */
public record DutyQuery(Integer year, Reporter reporter) {
}
