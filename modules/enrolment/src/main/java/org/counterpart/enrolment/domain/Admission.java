package org.counterpart.enrolment.domain;

import java.util.HashMap;
import java.util.Map;

import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentStage;

/**
 * Decides the stage a new student is registered in against the programme's quota: the kind's entry stage while seats
 * are free; beyond the quota, the same for ADMIN (who approves by admitting) and {@link StudentStage#AWAITING_APPROVAL}
 * for anyone else. Counts the seats it hands out, so a whole list is decided row by row.
 */
public final class Admission {

    private final EnrolmentProgramme programme;
    private final Map<QuotaLine, Integer> taken;
    private final boolean approver;

    /**
     * @param taken seats already held on each quota line
     * @param approver whether the user may admit beyond the quota (ADMIN)
     */
    public Admission(EnrolmentProgramme programme, Map<QuotaLine, Integer> taken, boolean approver) {
        this.programme = programme;
        this.taken = new HashMap<>(taken);
        this.approver = approver;
    }

    /** The decision for one student of that school and major; the seat is counted when it is within the quota. */
    public Decision admit(UnitCode school, String major) {
        if (school == null) {
            throw EnrolmentRejected.invalid("enrolment.student.school-required");
        }
        if (!programme.hosts(school)) {
            throw EnrolmentRejected.invalid("enrolment.student.school-not-host", school);
        }
        var line = programme.lineFor(school, major).orElseThrow(() -> EnrolmentRejected
                .invalid("enrolment.student.major-not-planned", major == null ? "" : major));
        var held = taken.getOrDefault(line, 0);
        var within = held < line.seats();
        if (within || approver) {
            taken.put(line, held + 1);
            return new Decision(programme.kind().entryStage(), !within);
        }
        return new Decision(StudentStage.AWAITING_APPROVAL, true);
    }

    /** The stage to register in, and whether it is beyond the quota. */
    public record Decision(StudentStage stage, boolean overQuota) {
    }
}
