package org.counterpart.bench;

import java.util.Map;
import java.util.TreeMap;

/** What the whole run saw: its slowest request and every request over a second, by series. */
final class Run {

    static final long SECOND = 1_000_000_000L;
    private static final Map<String, Long> OVER_A_SECOND = new TreeMap<>();
    private static long slowest;
    private static String slowestSeries = "";

    private Run() {
    }

    static synchronized void requestDone(String series, long nanos) {
        if (nanos > slowest) {
            slowest = nanos;
            slowestSeries = series;
        }
        if (nanos > SECOND) {
            OVER_A_SECOND.merge(series, 1L, Long::sum);
        }
    }

    static synchronized double slowestMs() {
        return slowest / 1e6;
    }

    static synchronized String slowestSeries() {
        return slowestSeries;
    }

    static synchronized Map<String, Long> overASecond() {
        return new TreeMap<>(OVER_A_SECOND);
    }
}
