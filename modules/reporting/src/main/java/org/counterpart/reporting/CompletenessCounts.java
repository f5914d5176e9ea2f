package org.counterpart.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Completeness and timeliness counts, as DHIS2 shows reporting rates. Expected are the periods due by the day asked
 * about, and those not yet due that were already reported; reported = on time + late; missing = expected - reported;
 * pending are the periods not yet due and not reported (not expected yet).
 */
public record CompletenessCounts(int expected, int reported, int accepted, int onTime, int late, int missing,
        int pending) {

    public static final CompletenessCounts NONE = new CompletenessCounts(0, 0, 0, 0, 0, 0, 0);

    public CompletenessCounts plus(CompletenessCounts other) {
        return new CompletenessCounts(expected + other.expected, reported + other.reported,
                accepted + other.accepted, onTime + other.onTime, late + other.late, missing + other.missing,
                pending + other.pending);
    }

    /** Reported of expected, in percent with one decimal; empty (null) when nothing is expected yet. */
    public BigDecimal completeness() {
        return percent(reported);
    }

    /** Reported on time of expected, in percent with one decimal; null when nothing is expected yet. */
    public BigDecimal timeliness() {
        return percent(onTime);
    }

    private BigDecimal percent(int part) {
        if (expected == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(expected), 1,
                RoundingMode.HALF_UP);
    }
}
