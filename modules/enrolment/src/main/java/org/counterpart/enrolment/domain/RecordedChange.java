package org.counterpart.enrolment.domain;

/** One change to record: which field, what it was and what it became (ID numbers only ever masked). */
public record RecordedChange(String field, String before, String after) {
}
