package org.answerable.bench;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Repeats an operation after a warm-up and reports its latency percentiles in milliseconds. */
final class Measurements {

    private static final Logger LOG = LoggerFactory.getLogger(Measurements.class);

    private Measurements() {
    }

    record Result(String name, int runs, double p50, double p95, double max) {
        String line() {
            return String.format("| %s | %d | %.2f | %.2f | %.2f |", name, runs, p50, p95, max);
        }
    }

    static Result measure(String name, int warmups, int runs, Runnable operation) {
        return measure(name, warmups, runs, () -> { }, operation);
    }

    /** {@code beforeEach} runs untimed before every run, e.g. to keep a database from answering from a cache. */
    static Result measure(String name, int warmups, int runs, Runnable beforeEach, Runnable operation) {
        for (int i = 0; i < warmups; i++) {
            beforeEach.run();
            operation.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long start = System.nanoTime();
            operation.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        Result result = new Result(name, runs, percentile(millis, 50), percentile(millis, 95), millis[runs - 1]);
        LOG.info(result.line());
        return result;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
