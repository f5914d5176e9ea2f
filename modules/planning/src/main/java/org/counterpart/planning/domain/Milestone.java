package org.counterpart.planning.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** 里程碑 — a point a task must reach by a date; reached on a date, or overdue once the date has passed. */
public record Milestone(UUID id, String title, LocalDate due, LocalDate reachedOn) {

    public static final int MAX_TITLE = 200;

    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
    }

    public boolean isReached() {
        return reachedOn != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isReached() && due.isBefore(today);
    }

    Milestone reached(LocalDate on) {
        return new Milestone(id, title, due, on);
    }
}
