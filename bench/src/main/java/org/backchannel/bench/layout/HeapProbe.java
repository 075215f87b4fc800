package org.backchannel.bench.layout;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Arrays;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.layout.LayoutState;
import org.backchannel.model.Dataset;
import org.backchannel.synthetic.Shape;
import org.backchannel.synthetic.SyntheticDataset;
import org.backchannel.synthetic.SyntheticSize;

/**
 * Runs in a fresh JVM per measurement, so that nothing an earlier layout left behind counts: measures the live heap
 * that one peer's graph and layout state take after one iteration. The input (edge arrays and start positions,
 * which both peers read) is allocated before the baseline and kept alive, so it counts for neither; our
 * {@link LayoutGraph} is built after the baseline because it is our graph, as Gephi's graph store is Gephi's.
 */
public final class HeapProbe {

    /** The line the parent reads. */
    static final String PREFIX = "LIVE_HEAP_BYTES=";

    private HeapProbe() {
    }

    public static void run(String peerName, SyntheticSize size, Shape shape, long seed) {
        Dataset dataset = SyntheticDataset.generate(size, shape, seed);
        LayoutGraph input = LayoutGraphs.of(dataset);
        dataset = null;
        int n = input.nodeCount();
        int[] sources = new int[input.edgeCount()];
        int[] targets = new int[input.edgeCount()];
        for (int e = 0; e < sources.length; e++) {
            sources[e] = input.source(e);
            targets[e] = input.target(e);
        }
        double[] weights = new double[sources.length];
        Arrays.fill(weights, 1);
        LayoutState start = StartPositions.of(n);
        boolean ours = peerName.equals("ours");
        LayoutGraph forGephi = ours ? null : input;
        input = null;

        long baseline = liveHeap();
        LayoutPeer peer = ours ? new OurForceAtlas2() : new GephiForceAtlas2();
        LayoutGraph graph = ours ? new LayoutGraph(n, sources, targets, weights) : forGephi;
        peer.start(graph, start);
        peer.run(1);
        long after = liveHeap();
        System.out.println(PREFIX + (after - baseline));
        Reference.reachabilityFence(peer);
        Reference.reachabilityFence(graph);
        Reference.reachabilityFence(sources);
        Reference.reachabilityFence(targets);
        Reference.reachabilityFence(weights);
        Reference.reachabilityFence(start);
        System.exit(0);
    }

    /** Used heap after full collections; repeated because one System.gc() may leave finalizable garbage behind. */
    public static long liveHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
