package org.backchannel.store.neo4j;

import java.util.EnumMap;
import java.util.Map;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.perspective.LinkRole;
import org.backchannel.perspective.NodeRole;
import org.backchannel.perspective.Perspective;
import org.backchannel.perspective.SchemaSample;
import org.backchannel.store.StoreSummary;

/** What a store holds by Backchannel's kinds and link types, from the count store's counts as a perspective maps them. */
final class PerspectiveCounts {

    private PerspectiveCounts() {
    }

    static StoreSummary of(SchemaSample schema, Perspective perspective) {
        Map<NodeKind, Long> kinds = new EnumMap<>(NodeKind.class);
        Map<LinkType, Long> types = new EnumMap<>(LinkType.class);
        for (SchemaSample.LabelSample label : schema.labels()) {
            NodeRole role = perspective.labels().getOrDefault(label.label(), NodeRole.OTHER);
            role.kind().ifPresent(k -> kinds.merge(k, label.count(), Long::sum));
            if (role == NodeRole.EXCHANGE) {
                types.merge(LinkType.SPOKE_WITH, label.count(), Long::sum);
            }
        }
        for (SchemaSample.TypeSample type : schema.types()) {
            LinkRole role = perspective.roleOf(type.type());
            role.linkType(null).filter(t -> t != LinkType.PARTICIPATES_IN).ifPresent(t -> types.merge(t, type.count(), Long::sum));
        }
        return new StoreSummary(kinds, types);
    }
}
