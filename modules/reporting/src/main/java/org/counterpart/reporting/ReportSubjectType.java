package org.counterpart.reporting;

/** What a report or duty concerns: a task of a year's plan, a training programme or an enrolment programme. */
public enum ReportSubjectType {
    TASK, TRAINING_PROGRAMME, ENROLMENT_PROGRAMME
}
