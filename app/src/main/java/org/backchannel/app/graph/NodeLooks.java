package org.backchannel.app.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.NodeColouring;
import org.backchannel.model.NodeEncoding;
import org.backchannel.render.NodeKey;
import org.backchannel.render.NodeScale;

/**
 * How big each node of a scene is drawn and in which community's colour, as the {@link NodeEncoding}
 * says, from the degrees counted as the scene is built and the measures computed off the UI thread
 * (a node they do not cover yet is drawn as the least); and the legend's key to it.
 */
final class NodeLooks {

    private final NodeEncoding encoding;
    private final Map<String, NodeMeasures> measures;
    private final Map<String, Double> values = new HashMap<>();
    private final NodeScale scale;
    private final NodeKey key;

    /**
     * @param degrees  each node of the scene with its links in the scene, in drawing order
     * @param names    each node's name, for naming communities after their best-connected member
     */
    NodeLooks(NodeEncoding encoding, Map<String, NodeMeasures> measures, Map<String, Integer> degrees, Map<String, String> names) {
        this.encoding = encoding;
        this.measures = measures;
        double[] all = new double[degrees.size()];
        int i = 0;
        for (Map.Entry<String, Integer> entry : degrees.entrySet()) {
            double value = value(entry.getKey(), entry.getValue());
            values.put(entry.getKey(), value);
            all[i++] = value;
        }
        scale = NodeScale.of(all);
        List<String> communities = encoding.colourBy() == NodeColouring.COMMUNITY ? communityNames(degrees, names) : List.of();
        key = new NodeKey(encoding.sizeBy(), scale.lowest(), scale.highest(), communities);
    }

    double radius(String id) {
        return scale.radius(values.getOrDefault(id, Double.NaN));
    }

    /** Its community's number when nodes are coloured by community, else -1 (coloured by kind). */
    int community(String id) {
        if (encoding.colourBy() != NodeColouring.COMMUNITY) {
            return -1;
        }
        NodeMeasures measured = measures.get(id);
        // Not measured yet: the colour of the smaller communities until the measures arrive.
        return measured == null ? Integer.MAX_VALUE : measured.community();
    }

    NodeKey key() {
        return key;
    }

    private double value(String id, int degree) {
        NodeMeasures measured = measures.get(id);
        return switch (encoding.sizeBy()) {
            case DEGREE -> degree;
            case BETWEENNESS -> measured == null ? Double.NaN : measured.betweenness();
            case PAGERANK -> measured == null ? Double.NaN : measured.pageRank();
            case UNIFORM -> Double.NaN;
        };
    }

    /**
     * "Henry Kissinger + 11" (the community's best-connected node and how many others) for each community number
     * up to the highest in the scene: short, so that the legend stays a small box beside the graph.
     */
    private List<String> communityNames(Map<String, Integer> degrees, Map<String, String> names) {
        Map<Integer, List<String>> members = new HashMap<>();
        for (String id : degrees.keySet()) {
            NodeMeasures measured = measures.get(id);
            if (measured != null) {
                members.computeIfAbsent(measured.community(), c -> new ArrayList<>()).add(id);
            }
        }
        int highest = members.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<String> named = new ArrayList<>();
        for (int c = 0; c <= highest; c++) {
            List<String> ids = members.getOrDefault(c, List.of());
            String hub = ids.stream().min(Comparator.comparing((String id) -> -degrees.get(id))
                    .thenComparing(id -> names.getOrDefault(id, id))).map(id -> names.getOrDefault(id, id)).orElse(null);
            named.add(hub == null ? "not shown" : ids.size() == 1 ? hub : hub + " + " + (ids.size() - 1));
        }
        return named;
    }
}
