package org.counterpart.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The year's statistics as tables in the reader's language — what the dashboard shows and every export writes.
 *
 * @param title 2018年教育东西部扶贫协作和对口支援统计 (and the region, when limited to one)
 * @param regionName the partner region the figures are limited to, or {@code null} for all
 * @param asOf when the statistics last received anything (the figures are as of then), or {@code null}
 * @param locale the language the titles and names are in
 */
public record StatisticsTables(int year, String title, String regionName, Instant asOf, Locale locale,
        YearStatistics statistics, List<StatisticsTable> tables) {

    public StatisticsTables {
        tables = List.copyOf(tables);
    }

    public Optional<StatisticsTable> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
