package org.backchannel.bench.report;

/**
 * A figure from the targets, what was measured and whether the target was met. {@code met} is null when
 * the figure was not measured by this run.
 */
public record Target(String figure, String target, String measured, Boolean met) {

    public String verdict() {
        return met == null ? "not measured here" : met ? "met" : "missed";
    }
}
