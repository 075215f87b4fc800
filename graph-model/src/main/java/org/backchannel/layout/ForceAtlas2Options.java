package org.backchannel.layout;

/**
 * Settings of {@link ForceAtlas2Layout}, named as in Jacomy et al. (PLoS ONE, 2014) and Gephi so that values tuned
 * there carry over. Immutable; change one setting with the matching {@code with…} method.
 *
 * @param scalingRatio         repulsion strength k<sub>r</sub>; larger values give a sparser layout, magnified by
 *                             √(k<sub>r</sub>/2) against Gephi's default (see {@link ForceAtlas2Layout})
 * @param gravity              gravity strength k<sub>g</sub>, which keeps disconnected components from drifting away
 * @param barnesHutTheta       Barnes–Hut accuracy θ: a quadtree cell of width w at distance d is treated as one body
 *                             when w/d &lt; θ, so larger is faster and coarser
 * @param jitterTolerance      how much swinging the adaptive speed tolerates; larger is faster and less precise
 * @param barnesHut            approximate repulsion with a quadtree (O(n log n)) instead of all pairs (O(n²))
 * @param strongGravity        gravity that grows with distance from the origin instead of staying constant
 * @param linLogMode           logarithmic attraction, which separates clusters more clearly
 * @param convergenceTolerance the layout counts as converged once the mean node displacement of a step is at most
 *                             this fraction of the layout's extent
 * @param seed                 seeds the nudges that separate nodes sharing a position
 * @param threads              how many threads share the repulsion of a step (at least 1); the positions are the
 *                             same for every thread count, only the time differs
 */
public record ForceAtlas2Options(double scalingRatio, double gravity, double barnesHutTheta, double jitterTolerance,
        boolean barnesHut, boolean strongGravity, boolean linLogMode, double convergenceTolerance, long seed,
        int threads) {

    public ForceAtlas2Options {
        requireAtLeast("scalingRatio", scalingRatio, Double.MIN_VALUE);
        requireAtLeast("gravity", gravity, 0);
        requireAtLeast("barnesHutTheta", barnesHutTheta, 0);
        requireAtLeast("jitterTolerance", jitterTolerance, Double.MIN_VALUE);
        requireAtLeast("convergenceTolerance", convergenceTolerance, 0);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    private static void requireAtLeast(String name, double value, double min) {
        if (!(value >= min && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and at least " + min + ": " + value);
        }
    }

    /**
     * Gephi's defaults (its scaling for graphs of 100 nodes or more) and a tolerance that small graphs meet within a
     * few hundred steps, on every core of the machine.
     */
    public static ForceAtlas2Options defaults() {
        return new ForceAtlas2Options(2.0, 1.0, 1.2, 1.0, true, false, false, 1e-3, 0L,
                Runtime.getRuntime().availableProcessors());
    }

    public ForceAtlas2Options withScalingRatio(double value) {
        return new ForceAtlas2Options(value, gravity, barnesHutTheta, jitterTolerance, barnesHut, strongGravity,
                linLogMode, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withGravity(double value) {
        return new ForceAtlas2Options(scalingRatio, value, barnesHutTheta, jitterTolerance, barnesHut, strongGravity,
                linLogMode, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withBarnesHutTheta(double value) {
        return new ForceAtlas2Options(scalingRatio, gravity, value, jitterTolerance, barnesHut, strongGravity,
                linLogMode, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withJitterTolerance(double value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, value, barnesHut, strongGravity,
                linLogMode, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withBarnesHut(boolean value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, jitterTolerance, value, strongGravity,
                linLogMode, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withStrongGravity(boolean value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, jitterTolerance, barnesHut, value,
                linLogMode, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withLinLogMode(boolean value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, jitterTolerance, barnesHut, strongGravity,
                value, convergenceTolerance, seed, threads);
    }

    public ForceAtlas2Options withConvergenceTolerance(double value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, jitterTolerance, barnesHut, strongGravity,
                linLogMode, value, seed, threads);
    }

    public ForceAtlas2Options withSeed(long value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, jitterTolerance, barnesHut, strongGravity,
                linLogMode, convergenceTolerance, value, threads);
    }

    public ForceAtlas2Options withThreads(int value) {
        return new ForceAtlas2Options(scalingRatio, gravity, barnesHutTheta, jitterTolerance, barnesHut, strongGravity,
                linLogMode, convergenceTolerance, seed, value);
    }
}
