package org.counterpart.enrolment;

import java.math.BigDecimal;
import java.time.Instant;

/** 贫困生经费补助 — one grant: the term, the amount in 元, what for, who granted it and when. */
public record SubsidyView(SubsidyId id, StudentId student, Term term, BigDecimal amount, String purpose,
        String grantedBy, Instant grantedAt) {
}
