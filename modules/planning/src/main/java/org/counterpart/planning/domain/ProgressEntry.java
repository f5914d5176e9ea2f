package org.counterpart.planning.domain;

import java.time.LocalDate;
import java.util.Objects;

/** 进展 — one entry of a task's progress log: on which day, who wrote it, what happened. */
public record ProgressEntry(LocalDate date, String author, String text) {

    public static final int MAX_TEXT = 2000;

    public ProgressEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
