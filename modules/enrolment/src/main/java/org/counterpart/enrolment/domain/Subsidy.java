package org.counterpart.enrolment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.Term;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 贫困生经费补助 — a subsidy granted to one student for one term, in 元. Only a student registered as a poor household
 * (建档立卡) who is or was at school receives one, at most once a term, and not for a term before they came.
 */
public final class Subsidy implements AggregateRoot<Subsidy, SubsidyId> {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("50000");
    public static final int MAX_PURPOSE = 200;

    private final SubsidyId id;
    private final StudentId student;
    private final Term term;
    private final BigDecimal amount;
    private final String purpose;
    private final String grantedBy;
    private final Instant grantedAt;

    public Subsidy(SubsidyId id, StudentId student, Term term, BigDecimal amount, String purpose, String grantedBy,
            Instant grantedAt) {
        this.id = Objects.requireNonNull(id);
        this.student = Objects.requireNonNull(student);
        this.term = Objects.requireNonNull(term);
        this.amount = Objects.requireNonNull(amount);
        this.purpose = purpose;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    /**
     * Grants a subsidy to the student for the term, unless the rules forbid it.
     *
     * @param granted the terms the student has already received a subsidy for
     */
    public static Subsidy grant(Student student, Term term, BigDecimal amount, String purpose,
            Collection<Term> granted, String grantedBy, Instant at) {
        if (term == null) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.term-required");
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.amount-invalid", MAX_AMOUNT.toPlainString());
        }
        var text = purpose == null ? "" : purpose.strip();
        if (text.isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.purpose-required");
        }
        if (text.length() > MAX_PURPOSE) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.purpose-too-long", MAX_PURPOSE);
        }
        if (!student.poverty()) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.not-poverty", student.name());
        }
        if (!student.stage().wasEnrolled()) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.not-enrolled", student.name());
        }
        if (term.academicYear() < student.cohortYear()) {
            throw EnrolmentRejected.invalid("enrolment.subsidy.before-cohort", term, student.cohortYear());
        }
        if (granted.contains(term)) {
            throw EnrolmentRejected.conflict("enrolment.subsidy.twice", student.name(), term);
        }
        return new Subsidy(SubsidyId.next(), student.getId(), term, amount.setScale(2), text, grantedBy, at);
    }

    @Override
    public SubsidyId getId() {
        return id;
    }

    public StudentId student() {
        return student;
    }

    public Term term() {
        return term;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String purpose() {
        return purpose;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
