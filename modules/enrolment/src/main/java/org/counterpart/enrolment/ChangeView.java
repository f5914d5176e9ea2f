package org.counterpart.enrolment;

import java.time.Instant;

/** One recorded change: when, by whom, which field, what it was and what it became (ID numbers only masked). */
public record ChangeView(Instant at, String by, String field, String before, String after) {
}
