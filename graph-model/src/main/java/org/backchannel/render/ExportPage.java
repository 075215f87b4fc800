package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of an exported figure: the graph, the legend to its right (or under it when the page is too
 * narrow), the caption at the bottom and the numbered notes, if any, under it. Laid out once from text
 * measurements, then painted onto any painter, so that the PNG, the SVG and the PDF of a scene are the
 * same picture.
 *
 * <p>The page is laid out at most {@link #LAYOUT_WIDTH} units wide and the painter magnifies it to the
 * width asked for, so type keeps its share of the figure: a label is about 1.3 % of the width in a
 * 2400-pixel PNG as on an A4 page, set for print rather than in screen pixels.
 */
final class ExportPage {

    /** The widest a page is laid out; wider figures are this page magnified. */
    static final double LAYOUT_WIDTH = 900;
    private static final double PADDING = 16;
    /** Blank space around the graph, its labels included ({@link LabelledFit}). */
    private static final double GRAPH_MARGIN = 24;
    /** Exports of a few nodes are not blown up beyond this many units per world unit. */
    private static final double MAX_FIT_SCALE = 3;
    /** Height of a label hanging under the lowest node, with its gap. */
    private static final double LABEL_ROOM = 20;
    private static final double MIN_ASPECT = 0.4;
    private static final double MAX_ASPECT = 1.4;
    /** Beyond this share of the page width, the legend goes under the graph instead of beside it. */
    private static final double MAX_SIDE_LEGEND_SHARE = 0.35;
    /** Graphs less tall than this share of their width get the legend under them. */
    private static final double WIDE_ASPECT = 0.7;
    static final double CAPTION_SIZE = 11;
    static final double CAPTION_LINE = 14.5;

    private final GraphScene scene;
    private final ExportOptions options;
    private final Palette palette;
    private final double width;
    private final LegendContent legend;
    private final LegendPainter.Size legendSize;
    private final boolean legendBeside;
    /** The width the legend's sections flow in: 0 for one column. */
    private final double legendFlow;
    private final double graphHeight;
    private final Viewport viewport;
    private final ExportLabels labels;
    private final List<String> captionLines;
    private final double captionTop;
    private final List<Annotation> annotations;
    private final List<String> noteLines;
    private final double notesTop;
    private final double height;

    /** A page as tall as the graph's shape asks, {@code min(width, LAYOUT_WIDTH)} wide, notes under the caption. */
    ExportPage(GraphScene scene, ExportOptions options, List<Annotation> annotations, Palette palette, TextMetrics metrics) {
        this(scene, options, annotations, palette, metrics, Math.min(options.width(), LAYOUT_WIDTH), Double.NaN, true);
    }

    /**
     * @param width      the page's width in layout units
     * @param fixedHeight the page's height (a printed page), or NaN for as tall as the graph's shape asks
     * @param notesBelow list the notes under the caption; otherwise only their numbers are drawn, for a
     *                   PDF that lists them on pages of their own
     */
    ExportPage(GraphScene scene, ExportOptions options, List<Annotation> annotations, Palette palette, TextMetrics metrics,
               double width, double fixedHeight, boolean notesBelow) {
        this.annotations = List.copyOf(annotations);
        this.options = options;
        this.palette = palette;
        this.width = width;
        this.legend = LegendContent.of(scene);
        LevelOfDetail detail = LevelOfDetail.forExport();
        boolean withLegend = options.includeLegend() && !legend.isEmpty();
        noteLines = notesBelow ? AnnotationPainter.lines(annotations, width - 2 * PADDING, metrics) : List.of();
        double notes = noteLines.isEmpty() ? 0 : noteLines.size() * AnnotationPainter.LINE + PADDING;
        // Room is kept for a line saying how many labels were left out, whether or not one is.
        double caption = TextWrap.lines(withLeftOut(options.caption(), 999), width - 2 * PADDING, CAPTION_SIZE, metrics).size() * CAPTION_LINE;
        double room = Double.isNaN(fixedHeight) ? Double.NaN : fixedHeight - notes - caption - PADDING;
        Arrangement chosen = withLegend ? arrange(scene, width, room, metrics, detail)
                : Arrangement.under(null, 0, scene, width, room, metrics, detail);
        legendBeside = chosen.beside();
        legendSize = chosen.legend();
        legendFlow = chosen.flow();
        graphHeight = chosen.graphHeight();
        double below = chosen.below();
        viewport = chosen.viewport();
        // Placed after the nodes grew, so that no label sits on a node.
        this.scene = LegibleNodes.at(scene, viewport.scale(), LegibleNodes.SMALLEST_EXPORTED);
        labels = ExportLabels.place(this.scene, viewport, detail, metrics);
        captionLines = TextWrap.lines(withLeftOut(options.caption(), labels.leftOut()), width - 2 * PADDING, CAPTION_SIZE, metrics);
        captionTop = graphHeight + below;
        notesTop = captionTop + (captionLines.isEmpty() ? 0 : captionLines.size() * CAPTION_LINE + PADDING);
        height = Double.isNaN(fixedHeight) ? Math.ceil(notesTop + notes) : fixedHeight;
    }

    /**
     * The legend beside the graph, in one column, or under it, whichever draws the graph larger: on a printed
     * page a strip under a wide graph costs less than a column beside it, and a column taller than the room
     * left by the caption would push the caption off the page. With no fixed height the page grows to the
     * graph, so the graph's shape decides: one wider than tall loses less to a strip.
     */
    private Arrangement arrange(GraphScene scene, double width, double room, TextMetrics metrics, LevelOfDetail detail) {
        LegendPainter legendPainter = new LegendPainter(palette);
        // Under the graph the legend's sections stand side by side, so it takes a strip rather than a tall box.
        double stripFlow = width - 2 * PADDING;
        Arrangement best = Arrangement.under(legendPainter.measure(legend, metrics, stripFlow), stripFlow, scene, width, room, metrics, detail);
        double sideShare = width * MAX_SIDE_LEGEND_SHARE;
        LegendPainter.Size column = legendPainter.measure(legend, metrics);
        if (Double.isNaN(room)) {
            WorldBounds bounds = WorldBounds.of(scene);
            boolean wide = bounds != null && bounds.width() > 0 && bounds.height() / bounds.width() < WIDE_ASPECT;
            return column.width() <= sideShare && !wide ? Arrangement.beside(column, scene, width, room, metrics, detail) : best;
        }
        if (column.width() <= sideShare && column.height() + 2 * PADDING <= room) {
            Arrangement beside = Arrangement.beside(column, scene, width, room, metrics, detail);
            if (beside.viewport().scale() > best.viewport().scale()) {
                best = beside;
            }
        }
        return best;
    }

    /** Where the legend goes and the graph's box and fit that follow from it. */
    private record Arrangement(boolean beside, LegendPainter.Size legend, double flow, double graphHeight, double below, Viewport viewport) {

        static Arrangement beside(LegendPainter.Size column, GraphScene scene, double width, double room,
                TextMetrics metrics, LevelOfDetail detail) {
            double graphWidth = width - column.width() - 2 * PADDING;
            double graph = Double.isNaN(room) ? naturalGraphHeight(scene, graphWidth) : room;
            double graphHeight = Math.max(1, Math.ceil(Math.max(graph, column.height() + 2 * PADDING)));
            return new Arrangement(true, column, 0, graphHeight, 0, fit(scene, graphWidth, graphHeight, metrics, detail));
        }

        static Arrangement under(LegendPainter.Size strip, double flow, GraphScene scene, double width, double room,
                TextMetrics metrics, LevelOfDetail detail) {
            double below = strip == null ? 0 : strip.height() + PADDING;
            double graph = Double.isNaN(room) ? naturalGraphHeight(scene, width) : room - below;
            double graphHeight = Math.max(1, Math.ceil(graph));
            return new Arrangement(false, strip, flow, graphHeight, below, fit(scene, width, graphHeight, metrics, detail));
        }

        private static Viewport fit(GraphScene scene, double width, double height, TextMetrics metrics, LevelOfDetail detail) {
            return LabelledFit.fit(scene, width, height, GRAPH_MARGIN, MAX_FIT_SCALE, detail, metrics);
        }
    }

    private static double naturalGraphHeight(GraphScene scene, double graphWidth) {
        WorldBounds bounds = WorldBounds.of(scene);
        double aspect = bounds == null || bounds.width() <= 0 ? 0.75 : bounds.height() / bounds.width();
        double graph = Math.max(MIN_ASPECT, Math.min(MAX_ASPECT, aspect)) * graphWidth;
        if (bounds != null && bounds.width() > 0) {
            // A small graph is not blown up beyond MAX_FIT_SCALE; the page then ends below it, not a screen further.
            double scale = Math.min(MAX_FIT_SCALE, (graphWidth - 2 * GRAPH_MARGIN) / bounds.width());
            graph = Math.min(graph, bounds.height() * scale + 2 * GRAPH_MARGIN + LABEL_ROOM);
        }
        return graph;
    }

    /** The caption with a last line saying how many labels found no room, when any did. */
    static List<String> withLeftOut(List<String> caption, int leftOut) {
        if (leftOut == 0) {
            return caption;
        }
        List<String> lines = new ArrayList<>(caption);
        lines.add(leftOut == 1 ? "1 node is not labelled: its label found no free place."
                : leftOut + " nodes are not labelled: their labels found no free place.");
        return lines;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The labels as placed, for tests that read them back from the file. */
    ExportLabels labels() {
        return labels;
    }

    /** Where the caption's last line ends, for tests that check a printed page holds it. */
    double captionBottom() {
        return captionTop + PADDING / 2 + captionLines.size() * CAPTION_LINE;
    }

    /** Whether the legend stands beside the graph rather than under it. */
    boolean legendBeside() {
        return legendBeside;
    }

    /** How many labels were left out for want of room. */
    int labelsLeftOut() {
        return labels.leftOut();
    }

    /** Paints background, graph, note markers, legend, caption and notes, in that order. */
    PaintStats paint(Painter painter, ScenePainter scenePainter) {
        painter.clear(options.transparentBackground() ? 0 : 0xFF000000 | palette.background(), width, height);
        PaintStats stats = scenePainter.paint(scene, viewport, painter, labels);
        AnnotationPainter notes = new AnnotationPainter(palette);
        notes.markers(annotations, scene, viewport, painter, labels.placed());
        if (legendSize != null) {
            double x = width - PADDING - legendSize.width();
            double y = legendBeside ? graphHeight - PADDING - legendSize.height() : graphHeight;
            new LegendPainter(palette).paint(legend, painter, x, y, legendFlow);
        }
        double baseline = captionTop + PADDING / 2 + CAPTION_LINE * 0.75;
        for (String line : captionLines) {
            painter.text(line, PADDING, baseline, CAPTION_SIZE, palette.label(), false, TextAnchor.START, -1);
            baseline += CAPTION_LINE;
        }
        notes.list(noteLines, PADDING, notesTop + PADDING / 2, painter);
        return stats;
    }
}
