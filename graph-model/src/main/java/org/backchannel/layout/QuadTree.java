package org.backchannel.layout;

import java.util.Arrays;

/**
 * A point quadtree over node positions with each cell's total mass and centre of mass, held in flat arrays and
 * rebuilt in place every step.
 *
 * <p>Cells are indices, not objects: a step allocates nothing once the arrays have grown to fit, and a traversal
 * walks a few contiguous arrays instead of chasing pointers. The four children of a cell are consecutive, so one
 * index ({@link #firstChild}) reaches them all. A leaf holds a list of nodes threaded through {@link #nextNode};
 * the list is longer than one only for nodes at exactly the same position or at the depth limit, which keeps
 * coincident nodes from splitting cells forever.
 */
final class QuadTree {

    static final int MAX_DEPTH = 48;
    static final int NONE = -1;

    /** Per cell, packed for locality: centre of mass x, centre of mass y, mass, width. */
    double[] cells = new double[0];
    /** Per cell, the index of its first of four children, or {@link #NONE} for a leaf. */
    int[] firstChild = new int[0];
    /** Per leaf, the first node of its list, or {@link #NONE} when empty. */
    int[] firstNode = new int[0];
    /** Per node, the next node in the same leaf, or {@link #NONE}. */
    int[] nextNode = new int[0];
    /** All nodes in depth-first leaf order, so that consecutive entries are near each other in the plane. */
    int[] spatialOrder = new int[0];
    int cellCount;
    /** The spatial order of the previous build, the order in which this build inserts. */
    private int[] insertionOrder = new int[0];

    private double[] xs;
    private double[] ys;
    private double[] mass;

    void build(double[] xs, double[] ys, double[] mass) {
        this.xs = xs;
        this.ys = ys;
        this.mass = mass;
        int n = xs.length;
        if (spatialOrder.length != n) {
            nextNode = new int[n];
            spatialOrder = new int[n];
            for (int i = 0; i < n; i++) {
                spatialOrder[i] = i;
            }
        }
        // Layouts need two to three cells per node, so growing past 4n is rare; the arrays are kept between steps.
        ensureCapacity(Math.max(4 * n, 8));
        cellCount = 0;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double width = Math.max(maxX - minX, maxY - minY);
        newCell(width > 0 ? width : 1);
        // Nodes move little between steps, so inserting them in the last build's spatial order walks the tree in
        // nearly the order it lies in memory; at 100,000 nodes this halves the build. The tree does not depend on the
        // order, only the rounding of the mass sums does, and that order is itself fixed by the previous step.
        int[] order = insertionOrder;
        if (order.length != n) {
            order = new int[n];
            insertionOrder = order;
        }
        System.arraycopy(spatialOrder, 0, order, 0, n);
        for (int k = 0; k < n; k++) {
            insert(order[k], minX, minY);
        }
        for (int c = 0; c < cellCount; c++) {
            int o = c << 2;
            if (cells[o + 2] > 0) {
                cells[o] /= cells[o + 2];
                cells[o + 1] /= cells[o + 2];
            }
        }
        collectSpatialOrder();
    }

    private void collectSpatialOrder() {
        int[] stack = new int[4 * (MAX_DEPTH + 2)];
        int top = 0;
        int next = 0;
        stack[top++] = 0;
        while (top > 0) {
            int cell = stack[--top];
            int child = firstChild[cell];
            if (child == NONE) {
                for (int j = firstNode[cell]; j != NONE; j = nextNode[j]) {
                    spatialOrder[next++] = j;
                }
            } else {
                for (int k = child + 3; k >= child; k--) {
                    stack[top++] = k;
                }
            }
        }
    }

    /** Descends from the root; every cell on the way gains the node's mass, summed as mass-weighted coordinates. */
    private void insert(int node, double rootX, double rootY) {
        double x = xs[node];
        double y = ys[node];
        double m = mass[node];
        double x0 = rootX;
        double y0 = rootY;
        int cell = 0;
        for (int depth = 0; ; depth++) {
            addMass(cell, x * m, y * m, m);
            if (firstChild[cell] == NONE) {
                int resident = firstNode[cell];
                boolean samePlace = resident != NONE && xs[resident] == x && ys[resident] == y;
                if (resident == NONE || samePlace || depth >= MAX_DEPTH) {
                    nextNode[node] = resident;
                    firstNode[cell] = node;
                    return;
                }
                split(cell, x0, y0);
            }
            double half = cells[(cell << 2) + 3] * 0.5;
            int quadrant = 0;
            if (x >= x0 + half) {
                quadrant = 1;
                x0 += half;
            }
            if (y >= y0 + half) {
                quadrant |= 2;
                y0 += half;
            }
            cell = firstChild[cell] + quadrant;
        }
    }

    /** Turns a leaf into four children and moves its nodes, which all share one position, into the right one. */
    private void split(int cell, double x0, double y0) {
        double half = cells[(cell << 2) + 3] * 0.5;
        ensureCapacity(cellCount + 4);
        int first = cellCount;
        for (int k = 0; k < 4; k++) {
            newCell(half);
        }
        firstChild[cell] = first;
        int resident = firstNode[cell];
        firstNode[cell] = NONE;
        int quadrant = (xs[resident] >= x0 + half ? 1 : 0) | (ys[resident] >= y0 + half ? 2 : 0);
        int child = first + quadrant;
        firstNode[child] = resident;
        for (int j = resident; j != NONE; j = nextNode[j]) {
            addMass(child, xs[j] * mass[j], ys[j] * mass[j], mass[j]);
        }
    }

    private void addMass(int cell, double mx, double my, double m) {
        int o = cell << 2;
        cells[o] += mx;
        cells[o + 1] += my;
        cells[o + 2] += m;
    }

    private void newCell(double width) {
        int o = cellCount << 2;
        cells[o] = 0;
        cells[o + 1] = 0;
        cells[o + 2] = 0;
        cells[o + 3] = width;
        firstChild[cellCount] = NONE;
        firstNode[cellCount] = NONE;
        cellCount++;
    }

    private void ensureCapacity(int cellsNeeded) {
        if (firstChild.length >= cellsNeeded) {
            return;
        }
        int capacity = Math.max(cellsNeeded, firstChild.length + (firstChild.length >> 1));
        cells = Arrays.copyOf(cells, capacity << 2);
        firstChild = Arrays.copyOf(firstChild, capacity);
        firstNode = Arrays.copyOf(firstNode, capacity);
    }
}
