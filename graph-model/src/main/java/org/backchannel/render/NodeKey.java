package org.backchannel.render;

import java.util.List;
import org.backchannel.model.SizeMeasure;

/**
 * What a scene's node sizes and colours mean, for its legend: the measure behind the sizes with the
 * lowest and highest values drawn, and, when nodes are coloured by community, a name for each community
 * (numbered from 0, the largest), such as "Henry Kissinger + 11".
 *
 * @param lowest  the least value in the scene, NaN when there is none or the size is uniform
 * @param highest the greatest, NaN likewise
 * @param communities names by community number; empty when nodes are coloured by kind
 */
public record NodeKey(SizeMeasure sizeBy, double lowest, double highest, List<String> communities) {

    public NodeKey {
        communities = List.copyOf(communities);
    }

    /** Whether colours follow communities rather than kinds (shapes still tell kinds). */
    public boolean byCommunity() {
        return !communities.isEmpty();
    }

    /** Whether the legend has a size entry to show: a measure, and values to show. */
    public boolean showsSize() {
        return sizeBy != SizeMeasure.UNIFORM && !Double.isNaN(lowest);
    }
}
