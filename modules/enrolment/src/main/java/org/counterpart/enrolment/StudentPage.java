package org.counterpart.enrolment;

import java.util.List;

/** One page of students and how many match in all. */
public record StudentPage(List<StudentSummary> items, long total) {

    public StudentPage {
        items = List.copyOf(items);
    }
}
