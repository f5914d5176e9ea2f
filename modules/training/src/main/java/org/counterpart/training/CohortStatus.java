package org.counterpart.training;

/** Where a cohort stands: planned, under way, finished (with who completed it). */
public enum CohortStatus {
    PLANNED, STARTED, COMPLETED
}
