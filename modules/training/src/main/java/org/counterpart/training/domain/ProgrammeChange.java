package org.counterpart.training.domain;

/** One recorded change of a programme: which field, what it was, what it became. */
public record ProgrammeChange(String field, String before, String after) {
}
