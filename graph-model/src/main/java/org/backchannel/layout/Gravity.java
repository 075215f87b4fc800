package org.backchannel.layout;

/**
 * Pull towards the origin of strength k<sub>g</sub>·m, which keeps disconnected components from drifting apart
 * forever. Regular gravity has the same strength at any distance; strong gravity grows with distance, for a compact
 * layout at the cost of squeezing its structure.
 */
final class Gravity {

    private final double strength;
    private final boolean strong;

    Gravity(double strength, boolean strong) {
        this.strength = strength;
        this.strong = strong;
    }

    /** Adds gravity on nodes {@code from..to-1}; ranges are independent, like {@link Repulsion#accumulate}. */
    void accumulate(int from, int to, double[] xs, double[] ys, double[] mass, double[] fx, double[] fy) {
        if (strength == 0) {
            return;
        }
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double factor;
            if (strong) {
                factor = strength * mass[i];
            } else {
                double d = Math.sqrt(x * x + y * y);
                if (d == 0) {
                    continue;
                }
                factor = strength * mass[i] / d;
            }
            fx[i] -= x * factor;
            fy[i] -= y * factor;
        }
    }
}
