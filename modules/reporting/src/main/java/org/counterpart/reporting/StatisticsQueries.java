package org.counterpart.reporting;

import java.util.List;
import java.util.Locale;

import org.counterpart.directory.RegionCode;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reading the year's statistics — every signed-in user may. */
@PrimaryPort
public interface StatisticsQueries {

    /** The years the statistics hold figures of and answer for (2000 to 2100), the latest first. */
    List<Integer> years();

    /**
     * The year's figures, of every partner region or of one (with the places inside it).
     *
     * @param region a partner region or place, or {@code null} for all
     * @throws StatisticsRejected {@code reporting.stats.year-invalid} or {@code reporting.stats.region-unknown}
     */
    YearStatistics statistics(int year, RegionCode region);

    /** The same figures as tables in the reader's language, as the dashboard and the exports show them. */
    StatisticsTables tables(int year, RegionCode region, Locale locale);

    /** How many events the statistics hold, since when, and the last rebuild. */
    StatisticsState state();
}
