package org.backchannel.exploration;

/**
 * How many nodes the client loads at most, decided from the heap the JVM may use: a scene of 100,000 nodes
 * (with up to two links each from the overview, more after expansions) where the heap holds it with room to
 * spare, fewer where it is small, never fewer than {@link #SMALL}.
 *
 * <p>The rule: the scene may take a quarter of the maximum heap (the rest is the embedded store's, the
 * layout's and the toolkit's), at {@link #BYTES_PER_NODE} per node, rounded down to a multiple of
 * {@link #SMALL}. {@code BYTES_PER_NODE} is the client heap the bench measured for the L graph on screen
 * (100,000 nodes, 500,000 links: graph, exploration and scene, 101 MB, {@code client-heap} in
 * {@code docs/benchmarks.md}, 6 December 2026), with the crowd layer as large as it gets (zoomed in: two rasters
 * reaching 256 px beyond a 1600 × 1000 canvas and JavaFX's texture of each, 51 MB), divided by its nodes and
 * rounded up. So a 1 GB heap (the JVM's default on a 4 GB machine) holds 100,000 nodes, and a 256 MB one 40,000.
 */
public final class SceneCap {

    /** The cap on the smallest heaps: what the client held before it drew large scenes through a crowd layer. */
    public static final int SMALL = 10_000;
    /** The cap wherever the heap allows it. */
    public static final int LARGE = 100_000;
    /** Client heap per node of a scene on screen, links included (see the class comment). */
    static final long BYTES_PER_NODE = 1_600;
    /**
     * How many nodes the headless commands load at most for a figure, whose layout runs to the end before the
     * file is written; the window loads up to {@link #forThisMachine()}, drawing a large scene through a crowd
     * layer. A larger store is browsed through filters and expansion.
     */
    public static final int FOR_FIGURES = 10_000;
    /** How many links one expansion loads at most; the rest show as "+N" on the node. */
    public static final int PER_EXPANSION = 50;

    private SceneCap() {
    }

    /** The cap for a JVM whose maximum heap is {@code maxHeapBytes}. */
    public static int forMaxHeap(long maxHeapBytes) {
        long fits = maxHeapBytes / 4 / BYTES_PER_NODE;
        long rounded = fits / SMALL * SMALL;
        return (int) Math.max(SMALL, Math.min(LARGE, rounded));
    }

    /** The cap for this JVM. */
    public static int forThisMachine() {
        return forMaxHeap(Runtime.getRuntime().maxMemory());
    }
}
