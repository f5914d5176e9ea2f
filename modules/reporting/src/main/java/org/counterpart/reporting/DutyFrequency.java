package org.counterpart.reporting;

import java.util.Locale;

/** How often a duty asks for a report: each month, quarter, half year, year, or once by a given day. */
public enum DutyFrequency {
    MONTHLY(12, "M"), QUARTERLY(4, "Q"), HALF_YEARLY(2, "H"), YEARLY(1, "Y"), ONCE(1, "ONCE");

    private final int periodsPerYear;
    private final String code;

    DutyFrequency(int periodsPerYear, String code) {
        this.periodsPerYear = periodsPerYear;
        this.code = code;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** The letter(s) a period's code carries: 2018-M07, 2018-Q3, 2018-H1, 2018-Y, 2018-ONCE. */
    String code() {
        return code;
    }

    public boolean isRecurring() {
        return this != ONCE;
    }

    public static DutyFrequency parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReportRejected.invalid("reporting.duty.frequency-unknown", String.valueOf(text));
        }
    }
}
