package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/** Small scenes from the article's story, built in code. */
final class TestScenes {

    static final String NIXON = "nixon";
    static final String KISSINGER = "kissinger";
    static final String DOBRYNIN = "dobrynin";
    static final String BACK_CHANNEL = "back-channel";
    static final String EMBASSY = "soviet-embassy";
    static final String CIENFUEGOS = "cienfuegos";
    static final String OUTCOME = "soviet-assurance";

    private TestScenes() {
    }

    static SceneNode node(String id, NodeKind kind, String label, double x, double y) {
        return new SceneNode(id, kind, label, x, y, 12, false, false, false, false);
    }

    static SceneNode selected(SceneNode node) {
        return new SceneNode(node.id(), node.kind(), node.label(), node.x(), node.y(), node.radius(), true,
                node.highlighted(), node.dimmed(), node.pinned());
    }

    static SceneNode highlighted(SceneNode node) {
        return new SceneNode(node.id(), node.kind(), node.label(), node.x(), node.y(), node.radius(), node.selected(),
                true, node.dimmed(), node.pinned());
    }

    static SceneLink link(String id, String from, String to, LinkType type) {
        return new SceneLink(id, from, to, type, null, null, false, false);
    }

    static SceneLink spokeWith(String id, String from, String to, ChannelType channelType, Secrecy secrecy) {
        return new SceneLink(id, from, to, LinkType.SPOKE_WITH, channelType, secrecy, false, false);
    }

    /** Nixon, Kissinger and Dobrynin around the back channel and the Cienfuegos crisis of 1970. */
    static GraphScene cienfuegos() {
        List<SceneNode> nodes = List.of(
                node(NIXON, NodeKind.ACTOR, "Richard Nixon", 0, 0),
                node(KISSINGER, NodeKind.ACTOR, "Henry Kissinger", 200, 0),
                node(DOBRYNIN, NodeKind.ACTOR, "Anatoly Dobrynin", 400, 0),
                node(BACK_CHANNEL, NodeKind.CHANNEL, "The Channel", 300, 150),
                node(EMBASSY, NodeKind.ORGANIZATION, "Soviet Embassy in Washington", 500, 150),
                node(CIENFUEGOS, NodeKind.EVENT, "Cienfuegos crisis", 200, 300),
                node(OUTCOME, NodeKind.OUTCOME, "Soviet assurance on Cienfuegos", 400, 300));
        List<SceneLink> links = List.of(
                spokeWith("kissinger-dobrynin", KISSINGER, DOBRYNIN, ChannelType.BACK_CHANNEL, Secrecy.SECRET),
                spokeWith("nixon-kissinger", NIXON, KISSINGER, ChannelType.OFFICIAL_TALKS, Secrecy.PUBLIC),
                link("kissinger-in-channel", KISSINGER, BACK_CHANNEL, LinkType.PARTICIPATES_IN),
                link("dobrynin-in-channel", DOBRYNIN, BACK_CHANNEL, LinkType.PARTICIPATES_IN),
                link("dobrynin-embassy", DOBRYNIN, EMBASSY, LinkType.AFFILIATED_WITH),
                link("kissinger-cienfuegos", KISSINGER, CIENFUEGOS, LinkType.TOOK_PART_IN),
                link("cienfuegos-outcome", CIENFUEGOS, OUTCOME, LinkType.LED_TO));
        return new GraphScene(nodes, links);
    }

    /** {@code count} actors on a grid {@code spacing} apart, far enough apart that labels never collide. */
    static List<SceneNode> grid(int count, double spacing) {
        List<SceneNode> nodes = new ArrayList<>();
        int columns = (int) Math.ceil(Math.sqrt(count));
        for (int i = 0; i < count; i++) {
            nodes.add(node("n" + i, NodeKind.ACTOR, "Actor " + i, (i % columns) * spacing, (i / columns) * spacing));
        }
        return nodes;
    }
}
