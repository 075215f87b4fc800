package org.backchannel.layout;

/**
 * Repulsion summed over all pairs, O(n²) per step. Exact, so it is the yardstick for {@link BarnesHutRepulsion} and
 * the better choice for graphs of a few hundred nodes, where building a tree costs more than it saves.
 */
final class PairRepulsion implements Repulsion {

    private final double coefficient;
    private double[] xs;
    private double[] ys;
    private double[] mass;

    PairRepulsion(double coefficient) {
        this.coefficient = coefficient;
    }

    @Override
    public void prepare(double[] xs, double[] ys, double[] mass) {
        this.xs = xs;
        this.ys = ys;
        this.mass = mass;
    }

    @Override
    public boolean accumulate(int from, int to, double[] fx, double[] fy) {
        boolean coincident = false;
        int n = xs.length;
        for (int i = from; i < to; i++) {
            double xi = xs[i];
            double yi = ys[i];
            double ki = coefficient * mass[i];
            double fxi = 0;
            double fyi = 0;
            // Each node sums over all others rather than pairs being visited once, so that ranges stay independent.
            for (int j = 0; j < n; j++) {
                double dx = xi - xs[j];
                double dy = yi - ys[j];
                double d2 = dx * dx + dy * dy;
                if (d2 > 0) {
                    // k·m_i·m_j/d along the unit vector (dx, dy)/d.
                    double f = ki * mass[j] / d2;
                    fxi += dx * f;
                    fyi += dy * f;
                } else if (j != i) {
                    coincident = true;
                }
            }
            fx[i] += fxi;
            fy[i] += fyi;
        }
        return coincident;
    }
}
