package org.counterpart.enrolment;

/**
 * One quota line and how far it is filled: students admitted, enrolled, graduated (or beyond), waiting for approval
 * beyond the quota, and withdrawn. Everyone but those waiting and those withdrawn holds a seat.
 */
public record QuotaFill(QuotaLine line, int awaiting, int admitted, int enrolled, int graduated, int withdrawn) {

    public int filled() {
        return admitted + enrolled + graduated;
    }

    public int free() {
        return Math.max(0, line.seats() - filled());
    }

    public boolean isOver() {
        return filled() > line.seats();
    }
}
