package org.counterpart.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator on loopback: {@code threads} clients, each sending the next request as soon as the
 * last one answered, for a bounded time; a warm-up first, not counted.
 */
final class Load {

    record Result(String series, int threads, double seconds, long done, long errors, double perSecond, double p50,
            double p99, double max) {
    }

    static Result run(Http http, String series, String path, String auth, int threads, double warmupSeconds,
            double seconds) throws InterruptedException {
        drive(http, series + " (warm-up)", path, auth, threads, warmupSeconds);
        long start = System.nanoTime();
        var counters = drive(http, series, path, auth, threads, seconds);
        double took = (System.nanoTime() - start) / 1e9;
        var stats = Stats.of(series);
        return new Result(series, threads, took, counters[0], counters[1], counters[0] / took,
                stats.percentileMs(0.50), stats.percentileMs(0.99), stats.maxMs());
    }

    private static long[] drive(Http http, String series, String path, String auth, int threads, double seconds)
            throws InterruptedException {
        var done = new AtomicLong();
        var errors = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            var worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = http.request(path, auth).GET().build();
                    try {
                        http.send(series, request, 200);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            }, "load-" + t);
            worker.start();
            workers.add(worker);
        }
        for (var w : workers) {
            w.join();
        }
        return new long[] { done.get(), errors.get() };
    }
}
