package org.counterpart.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Latencies of one kind of request, in nanoseconds; thread-safe. */
final class Stats {

    final String name;
    private long[] values = new long[1024];
    private int count;
    private int errors;
    private String firstError;

    Stats(String name) {
        this.name = name;
    }

    synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    synchronized void error(String message) {
        errors++;
        if (firstError == null) {
            firstError = message;
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized String firstError() {
        return firstError;
    }

    synchronized long[] sorted() {
        var copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy;
    }

    /** The q-quantile (0..1) in milliseconds, nearest rank; NaN without samples. */
    double percentileMs(double q) {
        var s = sorted();
        if (s.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
        var s = sorted();
        return s.length == 0 ? Double.NaN : s[s.length - 1] / 1e6;
    }

    synchronized double totalMs() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += values[i];
        }
        return total / 1e6;
    }

    synchronized long over(long nanos) {
        long n = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] > nanos) {
                n++;
            }
        }
        return n;
    }

    /** Every series recorded, in the order first used. */
    static final List<Stats> ALL = new ArrayList<>();

    static synchronized Stats of(String name) {
        for (var s : ALL) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        var s = new Stats(name);
        ALL.add(s);
        return s;
    }
}
