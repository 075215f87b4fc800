package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.List;

/** The stretches of each lane's label line already taken by a name, so that names never overlap. */
final class LabelSpace {

    private static final double GAP = 6;

    /** By lane, made when a lane gets its first name: a frame shows a few dozen of thousands of lanes. */
    private final List<double[]>[] taken;

    @SuppressWarnings("unchecked")
    LabelSpace(int lanes) {
        taken = new List[lanes];
    }

    boolean free(int lane, double from, double to) {
        if (taken[lane] == null) {
            return true;
        }
        for (double[] stretch : taken[lane]) {
            if (from < stretch[1] + GAP && stretch[0] < to + GAP) {
                return false;
            }
        }
        return true;
    }

    void take(int lane, double from, double to) {
        if (taken[lane] == null) {
            taken[lane] = new ArrayList<>();
        }
        taken[lane].add(new double[] {from, to});
    }
}
