package org.counterpart.enrolment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a student stands: admitted → enrolled → graduated → employed in Shanghai, employed in a partner region,
 * returned to the home region or further study; or withdrawn (with a reason) before graduating. An admission beyond
 * the quota waits for the commission office's approval first, and is approved into the programme's entry stage
 * (admitted, or graduated for a graduate programme).
 */
public enum StudentStage {

    /** 超计划待审批 — admitted beyond the quota by a school; waits for ADMIN approval. */
    AWAITING_APPROVAL,
    /** 已录取. */
    ADMITTED,
    /** 在读. */
    ENROLLED,
    /** 已毕业. */
    GRADUATED,
    /** 在沪就业. */
    EMPLOYED_IN_SHANGHAI,
    /** 赴对口地区就业 (西藏专招). */
    EMPLOYED_IN_PARTNER_REGION,
    /** 返回生源地. */
    RETURNED_HOME,
    /** 升学. */
    FURTHER_STUDY,
    /** 退学 / 放弃 — with a reason. */
    WITHDRAWN;

    /** The stages a student of this stage may move to next. */
    public Set<StudentStage> next() {
        return switch (this) {
            case AWAITING_APPROVAL -> EnumSet.of(ADMITTED, GRADUATED, WITHDRAWN);
            case ADMITTED -> EnumSet.of(ENROLLED, WITHDRAWN);
            case ENROLLED -> EnumSet.of(GRADUATED, WITHDRAWN);
            case GRADUATED -> EnumSet.of(EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION, RETURNED_HOME, FURTHER_STUDY);
            case EMPLOYED_IN_SHANGHAI, EMPLOYED_IN_PARTNER_REGION, RETURNED_HOME, FURTHER_STUDY, WITHDRAWN ->
                EnumSet.noneOf(StudentStage.class);
        };
    }

    public boolean mayMoveTo(StudentStage target) {
        return next().contains(target);
    }

    /** Whether the student holds a seat of the quota (everyone but those waiting for approval or withdrawn). */
    public boolean holdsSeat() {
        return this != AWAITING_APPROVAL && this != WITHDRAWN;
    }

    /** Whether the student is or has been at school, and so may receive a subsidy for a term. */
    public boolean wasEnrolled() {
        return this != AWAITING_APPROVAL && this != ADMITTED && this != WITHDRAWN;
    }

    /** Whether the student has left with a known outcome. */
    public boolean isOutcome() {
        return this == EMPLOYED_IN_SHANGHAI || this == EMPLOYED_IN_PARTNER_REGION || this == RETURNED_HOME
                || this == FURTHER_STUDY;
    }

    /** Reads a stage by its code, refusing anything else. */
    public static StudentStage parse(String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EnrolmentRejected.invalid("enrolment.stage.unknown", text == null ? "" : text.strip());
        }
    }
}
