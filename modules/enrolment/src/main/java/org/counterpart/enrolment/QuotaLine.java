package org.counterpart.enrolment;

import org.counterpart.directory.UnitCode;

/**
 * 招生计划 — the seats one host school offers in a programme, for one major or (major {@code null}) for the school as a
 * whole.
 */
public record QuotaLine(UnitCode hostSchool, String major, int seats) {

    public static final int MAX_SEATS = 10_000;
    public static final int MAX_MAJOR = 60;

    public QuotaLine {
        if (hostSchool == null) {
            throw EnrolmentRejected.invalid("enrolment.quota.school-required");
        }
        major = major == null || major.isBlank() ? null : major.strip();
        if (major != null && major.length() > MAX_MAJOR) {
            throw EnrolmentRejected.invalid("enrolment.quota.major-too-long", MAX_MAJOR);
        }
        if (seats < 0 || seats > MAX_SEATS) {
            throw EnrolmentRejected.invalid("enrolment.quota.seats-invalid", MAX_SEATS);
        }
    }

    /** Whether a student of that school and major takes a seat of this line. */
    public boolean covers(UnitCode school, String studentMajor) {
        return hostSchool.equals(school) && (major == null || major.equals(studentMajor));
    }
}
