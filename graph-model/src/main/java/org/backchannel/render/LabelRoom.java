package org.backchannel.render;

/**
 * How much room a node's label takes around the node, by the rules {@link LabelPainter} draws with, for a
 * view that fits the graph to a window: labels keep their size in pixels at any zoom, so a fit in world
 * units alone cuts the names of the outermost nodes off.
 */
public final class LabelRoom {

    private final LevelOfDetail detail;
    private final TextMetrics metrics;

    public LabelRoom(LevelOfDetail detail, TextMetrics metrics) {
        this.detail = detail;
        this.metrics = metrics;
    }

    /** Whether the scene has more nodes than the level of detail labels, so that only selected and highlighted ones are. */
    public boolean crowded(GraphScene scene) {
        return scene.nodes().size() > detail.maxLabelledNodes();
    }

    /** Half the width of the node's label in pixels, halo included; 0 when it gets none. */
    public double halfWidth(SceneNode node, boolean crowded) {
        if (!LabelPainter.wantsLabel(node, crowded)) {
            return 0;
        }
        String text = LabelPainter.shorten(node.label(), detail.maxLabelChars());
        return text.isEmpty() ? 0 : metrics.textWidth(text, detail.labelSize(), node.selected()) / 2
                + Painter.haloWidth(detail.labelSize());
    }

    /** The pixels a label takes below its node's outline, gap included. */
    public double below() {
        return LabelPainter.GAP + detail.labelSize() * LabelPainter.LINE_HEIGHT;
    }
}
