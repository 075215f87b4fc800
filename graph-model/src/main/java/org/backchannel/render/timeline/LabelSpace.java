package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.List;

/** The stretches of each lane's label line already taken by a name, so that names never overlap. */
final class LabelSpace {

    private static final double GAP = 6;

    private final List<List<double[]>> taken;

    LabelSpace(int lanes) {
        taken = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            taken.add(new ArrayList<>());
        }
    }

    boolean free(int lane, double from, double to) {
        for (double[] stretch : taken.get(lane)) {
            if (from < stretch[1] + GAP && stretch[0] < to + GAP) {
                return false;
            }
        }
        return true;
    }

    void take(int lane, double from, double to) {
        taken.get(lane).add(new double[] {from, to});
    }
}
