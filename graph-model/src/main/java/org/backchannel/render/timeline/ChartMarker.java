package org.backchannel.render.timeline;

import java.util.List;
import org.backchannel.model.NodeKind;

/**
 * An event on the lanes of those who took part, or an outcome where it happened, at its date (or the
 * span of its uncertainty).
 *
 * @param lanes lane indexes, ascending
 */
public record ChartMarker(String nodeId, NodeKind kind, String label, List<Integer> lanes, DayRange when) {

    public ChartMarker {
        lanes = List.copyOf(lanes);
    }
}
