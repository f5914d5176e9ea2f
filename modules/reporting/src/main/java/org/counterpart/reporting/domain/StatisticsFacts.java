package org.counterpart.reporting.domain;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the statistics' read models are kept: the facts the logged events state, by year. */
@SecondaryPort
public interface StatisticsFacts {

    /** Adds the facts one logged event states. */
    void record(long logSeq, List<StatisticsFact> facts);

    /** Every fact of a year, each kind in the order received (cohorts and spending of the year's programmes). */
    YearFacts ofYear(int year);

    /** The years with tasks, training programmes or enrolment programmes, the latest first. */
    List<Integer> years();

    /** Removes every fact; the event log stays. */
    void clear();
}
