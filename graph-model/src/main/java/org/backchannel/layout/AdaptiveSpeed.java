package org.backchannel.layout;

/**
 * ForceAtlas2's adaptive speed (Jacomy et al. 2014, "Adaptive speed"; constants as in Gephi's implementation).
 *
 * <p>Each node's <em>swinging</em> is how much its force changed direction or size since the last step, and its
 * <em>traction</em> how much the force stayed the same. The global speed rises while the graph as a whole moves
 * with traction and falls when it swings, within a jitter tolerance; each node's own speed is then damped by its own
 * swinging, so an oscillating node slows down while the rest of the graph keeps moving.
 */
final class AdaptiveSpeed {

    private static final double MIN_EFFICIENCY = 0.05;
    private static final double MAX_JITTER = 10;
    private static final double MAX_RISE = 0.5;
    /** Keeps the speed from reaching zero, from which a multiplicative rise could never recover. */
    private static final double MIN_SPEED = 1e-9;

    private final double jitterTolerance;
    private final double unit;
    private double speed = 1;
    private double efficiency = 1;

    /**
     * @param unit world units per layout unit (see {@link ForceAtlas2Layout}): forces grow with it, and the two
     *             places where Gephi's rule compares a force with a constant divide it out, so that the speed and
     *             the steps in layout units are the same at any scaling
     */
    AdaptiveSpeed(double jitterTolerance, double unit) {
        this.jitterTolerance = jitterTolerance;
        this.unit = unit;
    }

    /** Sets the global speed for this step from the swinging and traction of the unpinned nodes. */
    void adjust(NodeForces forces, boolean[] pinned) {
        double swinging = 0;
        double traction = 0;
        int n = pinned.length;
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                continue;
            }
            double sx = forces.oldFx[i] - forces.fx[i];
            double sy = forces.oldFy[i] - forces.fy[i];
            double tx = forces.oldFx[i] + forces.fx[i];
            double ty = forces.oldFy[i] + forces.fy[i];
            swinging += forces.mass[i] * Math.sqrt(sx * sx + sy * sy);
            traction += forces.mass[i] * 0.5 * Math.sqrt(tx * tx + ty * ty);
        }
        if (swinging == 0) {
            // Forces unchanged (or none at all): nothing swings, so speeding up is safe and Gephi's ratio is 0/0.
            if (traction > 0) {
                speed *= 1 + MAX_RISE;
            }
            return;
        }
        double estimatedJitter = 0.05 * Math.sqrt(n);
        double jitter = jitterTolerance * Math.max(Math.sqrt(estimatedJitter),
                Math.min(MAX_JITTER, estimatedJitter * traction / unit / ((double) n * n)));
        if (swinging / traction > 2) {
            if (efficiency > MIN_EFFICIENCY) {
                efficiency *= 0.5;
            }
            jitter = Math.max(jitter, jitterTolerance);
        }
        double targetSpeed = jitter * efficiency * traction / swinging;
        if (swinging > jitter * traction) {
            if (efficiency > MIN_EFFICIENCY) {
                efficiency *= 0.7;
            }
        } else if (speed < 1000) {
            efficiency *= 1.3;
        }
        // Speed may fall at once but rises by at most half per step, so a lucky step cannot fling the layout apart.
        speed = Math.max(MIN_SPEED, speed + Math.min(targetSpeed - speed, MAX_RISE * speed));
    }

    /**
     * Moves every unpinned node along its force, scaled by the global speed, damped by its own swinging and capped
     * at {@code maxDisplacement} (see {@link StepCap}).
     *
     * @return the mean distance moved by an unpinned node, 0 if all are pinned
     */
    double move(NodeForces forces, double[] xs, double[] ys, boolean[] pinned, double maxDisplacement) {
        double moved = 0;
        int movable = 0;
        for (int i = 0; i < xs.length; i++) {
            if (pinned[i]) {
                continue;
            }
            double sx = forces.oldFx[i] - forces.fx[i];
            double sy = forces.oldFy[i] - forces.fy[i];
            double swinging = forces.mass[i] * Math.sqrt(sx * sx + sy * sy) / unit;
            double factor = speed / (1 + Math.sqrt(speed * swinging));
            double dx = forces.fx[i] * factor;
            double dy = forces.fy[i] * factor;
            double distance = Math.sqrt(dx * dx + dy * dy);
            if (distance > maxDisplacement) {
                dx *= maxDisplacement / distance;
                dy *= maxDisplacement / distance;
                distance = maxDisplacement;
            }
            xs[i] += dx;
            ys[i] += dy;
            moved += distance;
            movable++;
        }
        return movable == 0 ? 0 : moved / movable;
    }
}
