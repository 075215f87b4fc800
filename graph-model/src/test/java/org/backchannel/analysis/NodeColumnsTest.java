package org.backchannel.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Certainty;
import org.backchannel.model.ChannelType;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphNode;
import org.backchannel.model.NodeKind;
import org.backchannel.model.PartialDate;
import org.backchannel.model.Secrecy;
import org.backchannel.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** The loaded nodes kept as columns read back as the records they were made from, outlines or not. */
class NodeColumnsTest {

    @Test
    void everyNodeComesBackAsItCame() {
        List<GraphNode> nodes = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            boolean channel = kind == NodeKind.CHANNEL;
            nodes.add(new GraphNode("n" + nodes.size(), kind, "Name " + nodes.size(), List.of("alias " + nodes.size()),
                    channel ? null : kind.categories().iterator().next(), channel ? ChannelType.values()[0] : null,
                    channel ? Secrecy.values()[1] : null, null, new TimeSpan(PartialDate.ofYear(1969), null),
                    Certainty.values()[nodes.size() % Certainty.values().length], List.of()));
        }
        // Kept whole: a description, citations, or another database's labels.
        nodes.add(new GraphNode("told", NodeKind.ACTOR, "Told", List.of(), "person", null, null, "An envoy.", null, null, List.of()));
        nodes.add(new GraphNode("cited", NodeKind.ACTOR, "Cited", List.of(), "person", null, null, null, null, null,
                List.of(new Citation("s1", "p. 3", null))));
        nodes.add(new GraphNode("other", null, "Other", List.of(), null, null, null, null, null, null, List.of(),
                Map.of("labels", "Person")));
        String[] ids = nodes.stream().map(GraphNode::id).toArray(String[]::new);

        NodeColumns columns = new NodeColumns(nodes, ids);

        assertThat(columns).isEqualTo(nodes);
        String[] otherIds = ids.clone();
        otherIds[1] = "x";
        assertThatThrownBy(() -> new NodeColumns(nodes, otherIds)).isInstanceOf(IllegalArgumentException.class);
    }
}
