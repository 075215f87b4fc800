package org.backchannel.app.graph;

import javafx.scene.canvas.GraphicsContext;
import org.backchannel.render.GraphScene;
import org.backchannel.render.LegendContent;
import org.backchannel.render.LegendPainter;
import org.backchannel.render.LevelOfDetail;
import org.backchannel.render.PaintStats;
import org.backchannel.render.Palette;
import org.backchannel.render.ScenePainter;
import org.backchannel.render.TextAnchor;
import org.backchannel.render.Viewport;

/** Paints a frame of the graph canvas with the shared drawing code: background, scene, zoom and legend. */
final class CanvasPainting {

    private static final double LEGEND_INSET = 12;
    private static final LevelOfDetail SCREEN = new LevelOfDetail(200, 0, 28, 11, 40, 1_000, Integer.MAX_VALUE, 2_000);

    private final Palette palette = Palette.standard();
    private final FxPainter painter;
    /** Labels whenever few enough nodes are on screen; the label painter already drops the ones that would overlap. */
    private final ScenePainter scenePainter = new ScenePainter(palette, SCREEN);
    /**
     * While the view moves, a sample of 10,000 links: a frame then takes well under 100 ms in the
     * software pipeline with 50,000 links loaded, and the whole graph is drawn once the view rests.
     */
    private final ScenePainter movingPainter = new ScenePainter(palette, SCREEN.withMaxCrowdLinks(10_000));
    private final LegendPainter legendPainter = new LegendPainter(palette);

    CanvasPainting(GraphicsContext context) {
        painter = new FxPainter(context);
    }

    void clear(double width, double height) {
        painter.clear(0xFF000000 | palette.background(), width, height);
    }

    PaintStats paint(GraphScene scene, Viewport viewport, double zoom, boolean legend, boolean moving) {
        PaintStats stats = (moving ? movingPainter : scenePainter).paint(scene, viewport, painter);
        painter.text(String.format("zoom %.0f %%", zoom * 100), 10, viewport.height() - 10, 11, palette.label(), false,
                TextAnchor.START, palette.labelHalo());
        if (legend) {
            LegendContent content = LegendContent.of(scene);
            if (!content.isEmpty()) {
                LegendPainter.Size size = legendPainter.measure(content, painter);
                legendPainter.paint(content, painter, viewport.width() - size.width() - LEGEND_INSET, LEGEND_INSET);
            }
        }
        return stats;
    }

    /** The width the legend takes at the right of the canvas, with its margins; 0 for an empty scene. */
    double legendWidth(GraphScene scene) {
        LegendContent content = LegendContent.of(scene);
        return content.isEmpty() ? 0 : legendPainter.measure(content, painter).width() + 2 * LEGEND_INSET;
    }
}
