package org.backchannel.bench.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.layout.LayoutGraph;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * The graph a layout sees for a dataset, built the way the app builds it for its visible graph: one node per
 * dataset node (in dataset order), one edge of weight 1 per pair of linked nodes however many links join them,
 * no self-loops.
 */
public final class LayoutGraphs {

    private LayoutGraphs() {
    }

    public static LayoutGraph of(Dataset dataset) {
        List<GraphNode> nodes = dataset.nodes();
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        long[] pairs = new long[dataset.links().size()];
        int count = 0;
        for (GraphLink link : dataset.links()) {
            int a = index.get(link.fromId());
            int b = index.get(link.toId());
            if (a != b) {
                pairs[count++] = (long) Math.min(a, b) << 32 | Math.max(a, b);
            }
        }
        // Sorting the packed pairs finds duplicates without a set of boxed longs, which would not fit for 5M links.
        Arrays.sort(pairs, 0, count);
        int[] sources = new int[count];
        int[] targets = new int[count];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                sources[edges] = (int) (pairs[i] >>> 32);
                targets[edges] = (int) pairs[i];
                edges++;
            }
        }
        double[] weights = new double[edges];
        Arrays.fill(weights, 1);
        return new LayoutGraph(nodes.size(), Arrays.copyOf(sources, edges), Arrays.copyOf(targets, edges), weights);
    }
}
