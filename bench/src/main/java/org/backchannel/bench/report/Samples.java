package org.backchannel.bench.report;

import java.util.Arrays;

/** Repeated measurements of one figure, in milliseconds, summarised by their median and minimum. */
public record Samples(double[] millis) {

    public Samples {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no measurement");
        }
        millis = millis.clone();
    }

    public double median() {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public double min() {
        return Arrays.stream(millis).min().orElseThrow();
    }

    public int count() {
        return millis.length;
    }

    /** Runs {@code work} {@code warmups} times unmeasured, then {@code runs} times measured. */
    public static Samples of(int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return new Samples(millis);
    }

    /** Something to time; may throw, as store and file work does. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
