package org.counterpart.directory;

/** What sort of organisation an undertaking unit is. */
public enum UnitKind {
    UNIVERSITY, VOCATIONAL_SCHOOL, SCHOOL, TRAINING_CENTRE, RESEARCH_INSTITUTE, EDUCATION_BUREAU, ALLIANCE,
    PUBLIC_INSTITUTION
}
