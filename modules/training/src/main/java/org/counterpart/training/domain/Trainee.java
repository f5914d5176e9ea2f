package org.counterpart.training.domain;

import java.util.Objects;

import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TraineeId;

/** 学员 — one person on a cohort's roster, and whether they completed the training. */
public record Trainee(TraineeId id, TraineeDetails details, boolean completed) {

    public Trainee {
        Objects.requireNonNull(id);
        Objects.requireNonNull(details);
    }

    Trainee withCompleted(boolean done) {
        return new Trainee(id, details, done);
    }
}
