package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where labels go on one picture: each label tries below its node, above it, to its right and to its
 * left, and takes the first place that overlaps neither a label placed before it nor another node. Labels
 * that must be drawn (the selected and highlighted nodes') take the first place clear of labels even if it
 * covers a node, and go below their node whatever it covers when no place is clear; the most important
 * node's takes a place clear of labels even if it covers a node; the others are left out. A label that would stick out of the picture goes elsewhere. Callers place the most important labels first.
 */
final class LabelPlacement {

    private static final double CELL = 64;

    private final LabelGrid labels = new LabelGrid(CELL);
    private final LabelGrid nodes = new LabelGrid(CELL);
    private final List<double[]> placed = new ArrayList<>();
    private final double width;
    private final double height;

    /** For a picture of this size in pixels: a label that would stick out of it is placed elsewhere or left out. */
    LabelPlacement(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /**
     * A node's outline as an obstacle for labels: the box its shape reaches along the axes, in screen pixels,
     * which is where {@link #place} puts the node's own label beside it. A square box of the radius would be
     * wrong both ways: a rounded square's sides lie inside it, so its own label always overlapped it (large
     * organisations went unlabelled), and a diamond's tips reach out of it.
     */
    void addNode(double x, double y, NodeShape shape, double radius) {
        double below = ShapeGeometry.boundaryDistance(shape, radius, Math.PI / 2);
        double above = ShapeGeometry.boundaryDistance(shape, radius, -Math.PI / 2);
        double side = ShapeGeometry.boundaryDistance(shape, radius, 0);
        nodes.add(x - side, y - above, 2 * side, above + below);
    }

    /** A rectangle no label may cover, not even one that must be drawn: a legend drawn over the picture. */
    void reserve(double x, double y, double w, double h) {
        labels.add(x, y, w, h);
    }

    /** Takes the rectangle for a label if it overlaps no label placed so far and no node; answers whether it did. */
    boolean takeIfClear(double x, double y, double w, double h) {
        if (!inside(x, y, w, h) || labels.overlaps(x, y, w, h) || nodes.overlaps(x, y, w, h)) {
            return false;
        }
        take(x, y, w, h);
        return true;
    }

    /**
     * Places a label of the given size (halo included) beside a node whose outline reaches {@code below} pixels
     * under, {@code above} over and {@code side} beside its centre; returns its box {x, y, w, h} or null.
     *
     * @param overNodes the label may cover other nodes, never another label, when no place is clear of both
     * @param always    the label is placed whatever it covers (a selected or highlighted node's)
     */
    double[] place(double x, double y, double below, double above, double side, double w, double h, double gap,
                   boolean overNodes, boolean always) {
        double[][] spots = {
            {x - w / 2, y + below + gap},
            {x - w / 2, y - above - gap - h},
            {x + side + gap, y - h / 2},
            {x - side - gap - w, y - h / 2},
        };
        for (double[] spot : spots) {
            if (inside(spot[0], spot[1], w, h) && !labels.overlaps(spot[0], spot[1], w, h) && !nodes.overlaps(spot[0], spot[1], w, h)) {
                return take(spot[0], spot[1], w, h);
            }
        }
        if (!overNodes && !always) {
            return null;
        }
        for (double[] spot : spots) {
            if (inside(spot[0], spot[1], w, h) && !labels.overlaps(spot[0], spot[1], w, h)) {
                return take(spot[0], spot[1], w, h);
            }
        }
        return always ? take(spots[0][0], spots[0][1], w, h) : null;
    }

    /** Whether the box lies on the picture; a node off its edge is outside anyway and keeps a label that reaches in. */
    private boolean inside(double x, double y, double w, double h) {
        return x >= 0 && y >= 0 && x + w <= width && y + h <= height;
    }

    private double[] take(double x, double y, double w, double h) {
        labels.add(x, y, w, h);
        double[] box = {x, y, w, h};
        placed.add(box);
        return box;
    }

    /** The boxes {x, y, w, h} of the labels placed, in the order they were. */
    List<double[]> placed() {
        return placed;
    }
}
