package org.backchannel.exploration;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.backchannel.exploration.ExplorationEvent.Cause;
import org.backchannel.measures.NodeMeasures;

/**
 * The measures of the drawn scene (degree, betweenness, PageRank, community) as last computed off the UI thread,
 * to size and colour nodes by. Not steps: they follow from the scene; the newest answer replaces the last, and
 * a new graph forgets them.
 */
final class SceneMeasures {

    private final BiConsumer<Set<Aspect>, Cause> fire;
    private Map<String, NodeMeasures> byNode = Map.of();

    SceneMeasures(BiConsumer<Set<Aspect>, Cause> fire) {
        this.fire = fire;
    }

    /** By node id; empty until computed. */
    Map<String, NodeMeasures> byNode() {
        return byNode;
    }

    void use(Collection<NodeMeasures> computed) {
        Map<String, NodeMeasures> measured = new HashMap<>(2 * computed.size());
        computed.forEach(m -> measured.put(m.nodeId(), m));
        byNode = Collections.unmodifiableMap(measured);
        fire.accept(EnumSet.of(Aspect.MEASURES), Cause.VIEW);
    }

    /** A new graph: what was measured of the old one no longer applies (told with the new graph's own event). */
    void forget() {
        byNode = Map.of();
    }
}
