package org.backchannel.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rectangles of labels drawn so far, bucketed in a coarse grid so that checking a new label for
 * overlap looks at a handful of neighbours instead of every label on screen.
 */
final class LabelGrid {

    private final double cellSize;
    private final Map<Long, List<double[]>> cells = new HashMap<>();

    LabelGrid(double cellSize) {
        this.cellSize = cellSize;
    }

    /** Whether the rectangle overlaps any rectangle added so far. */
    boolean overlaps(double x, double y, double w, double h) {
        for (long key : keys(x, y, w, h)) {
            for (double[] r : cells.getOrDefault(key, List.of())) {
                if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h) {
                    return true;
                }
            }
        }
        return false;
    }

    void add(double x, double y, double w, double h) {
        double[] rect = {x, y, w, h};
        for (long key : keys(x, y, w, h)) {
            cells.computeIfAbsent(key, k -> new ArrayList<>(2)).add(rect);
        }
    }

    private List<Long> keys(double x, double y, double w, double h) {
        int left = (int) Math.floor(x / cellSize);
        int right = (int) Math.floor((x + w) / cellSize);
        int top = (int) Math.floor(y / cellSize);
        int bottom = (int) Math.floor((y + h) / cellSize);
        List<Long> keys = new ArrayList<>((right - left + 1) * (bottom - top + 1));
        for (int cx = left; cx <= right; cx++) {
            for (int cy = top; cy <= bottom; cy++) {
                keys.add(((long) cx << 32) | (cy & 0xFFFFFFFFL));
            }
        }
        return keys;
    }
}
