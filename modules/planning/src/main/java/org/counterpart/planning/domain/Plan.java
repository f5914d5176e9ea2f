package org.counterpart.planning.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.counterpart.planning.PlanningRejected;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * 年度工作任务 — the plan of one year: its title and the notice that issued it (沪教委办〔2018〕39号 of 2018-08-13).
 * There is one plan per year; its tasks refer to it by the year.
 */
public final class Plan implements AggregateRoot<Plan, Plan.Year> {

    public static final int MAX_TITLE = 200;

    /** The years a plan may have: the notices start in the 2000s; more than a lifetime ahead is a typo. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The plan's year, which identifies it. */
    public record Year(int value) implements Identifier {

        public Year {
            if (value < FIRST_YEAR || value > LAST_YEAR) {
                throw PlanningRejected.invalid("planning.plan.year-invalid", value);
            }
        }
    }

    private final Year year;
    private final String title;
    private final String noticeNumber;
    private final LocalDate noticeDate;

    public Plan(Year year, String title, String noticeNumber, LocalDate noticeDate) {
        this.year = Objects.requireNonNull(year);
        this.title = title == null ? "" : title.strip();
        this.noticeNumber = noticeNumber == null || noticeNumber.isBlank() ? null : noticeNumber.strip();
        this.noticeDate = noticeDate;
        if (this.title.isEmpty()) {
            throw PlanningRejected.invalid("planning.plan.title-required");
        }
        if (this.title.length() > MAX_TITLE) {
            throw PlanningRejected.invalid("planning.plan.title-too-long", MAX_TITLE);
        }
    }

    /** Next year's plan: the same title with the year moved on, no notice yet. */
    public Plan rolledOverTo(Year next) {
        if (next.value() <= year.value()) {
            throw PlanningRejected.invalid("planning.plan.rollover-backwards", year.value(), next.value());
        }
        var nextTitle = title.replace(String.valueOf(year.value()), String.valueOf(next.value()));
        if (nextTitle.equals(title)) {
            nextTitle = next.value() + " " + title;
        }
        return new Plan(next, nextTitle, null, null);
    }

    @Override
    public Year getId() {
        return year;
    }

    public int year() {
        return year.value();
    }

    public String title() {
        return title;
    }

    public String noticeNumber() {
        return noticeNumber;
    }

    public LocalDate noticeDate() {
        return noticeDate;
    }
}
