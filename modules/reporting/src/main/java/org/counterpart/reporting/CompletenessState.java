package org.counterpart.reporting;

/**
 * Where one period of a duty stands, as DHIS2 counts reporting: reported on time (first submitted by the due day),
 * reported late, missing (due and not reported), or pending (not due yet and not reported). Reported means a
 * report answering the period is submitted or accepted; a draft or a returned report is not reported.
 */
public enum CompletenessState {
    ON_TIME, LATE, MISSING, PENDING;

    public boolean isReported() {
        return this == ON_TIME || this == LATE;
    }
}
