package org.counterpart.planning.domain;

/** One recorded change of a task: which field, what it was, what it became (both as shown to people). */
public record TaskChange(String field, String before, String after) {
}
