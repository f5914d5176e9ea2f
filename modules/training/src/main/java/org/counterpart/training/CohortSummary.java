package org.counterpart.training;

import java.time.LocalDate;

/** A cohort (班次) as lists show it: when, where, how far, how many on its roster and how many completed. */
public record CohortSummary(CohortId id, ProgrammeId programme, String name, LocalDate start, LocalDate end,
        String place, CohortStatus status, int trainees, long completed, long version) {
}
