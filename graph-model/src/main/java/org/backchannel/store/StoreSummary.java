package org.backchannel.store;

import java.util.Map;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;

/** How many nodes of each kind and links of each type a store holds. */
public record StoreSummary(Map<NodeKind, Long> nodesByKind, Map<LinkType, Long> linksByType) {

    public StoreSummary {
        nodesByKind = Map.copyOf(nodesByKind);
        linksByType = Map.copyOf(linksByType);
    }

    public long nodes(NodeKind kind) {
        return nodesByKind.getOrDefault(kind, 0L);
    }

    public long links(LinkType type) {
        return linksByType.getOrDefault(type, 0L);
    }

    public long totalNodes() {
        return nodesByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalLinks() {
        return linksByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return totalNodes() == 0 && totalLinks() == 0;
    }
}
