package org.backchannel.render;

/**
 * Fits a scene into a picture with room for the labels of its outermost nodes. Labels keep their
 * size in pixels at any zoom, so no margin in world units can hold them: a long name under a node
 * at the picture's edge was cut off. The fit shrinks until every label that will be drawn (by the
 * rules of {@link ExportLabels}, on one or two lines) lies inside the picture, margin included.
 */
final class LabelledFit {

    /** However long the labels, the graph keeps at least this share of the plain fit's scale. */
    private static final double MIN_SHARE = 0.4;

    private LabelledFit() {
    }

    static Viewport fit(GraphScene scene, double width, double height, double margin, double maxScale,
            LevelOfDetail detail, TextMetrics metrics) {
        Viewport plain = Viewport.fit(scene, width, height, margin, maxScale);
        WorldBounds bounds = WorldBounds.of(scene);
        if (bounds == null) {
            return plain;
        }
        double cx = (bounds.minX() + bounds.maxX()) / 2;
        double cy = (bounds.minY() + bounds.maxY()) / 2;
        double halfWidth = width / 2 - margin;
        double halfHeight = height / 2 - margin;
        boolean crowded = scene.nodes().size() > detail.maxLabelledNodes();
        double scale = plain.scale();
        for (SceneNode node : scene.nodes()) {
            if (!LabelPainter.wantsLabel(node, crowded) || node.label().isBlank()) {
                continue;
            }
            ExportLabels.Block block = ExportLabels.block(node.label(), detail.labelSize(), node.selected(), metrics);
            double half = block.width() / 2 + Painter.haloWidth(block.size());
            double dx = Math.abs(node.x() - cx);
            if (dx > 0) {
                scale = Math.min(scale, (halfWidth - half) / dx);
            }
            // The label hangs below the node: its foot must stay above the picture's bottom margin.
            double below = node.y() - cy + node.radius();
            double foot = ScenePainter.MIN_SCREEN_RADIUS + LabelPainter.GAP + block.height();
            if (below > 0) {
                scale = Math.min(scale, (halfHeight - foot) / below);
            }
        }
        scale = Math.max(scale, plain.scale() * MIN_SHARE);
        return new Viewport(width, height, cx, cy, scale);
    }
}
