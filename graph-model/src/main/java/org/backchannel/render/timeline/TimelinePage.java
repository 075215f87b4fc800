package org.backchannel.render.timeline;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.LegendContent;
import org.backchannel.render.LegendPainter;
import org.backchannel.render.Painter;
import org.backchannel.render.Palette;
import org.backchannel.render.TextAnchor;
import org.backchannel.render.TextMetrics;
import org.backchannel.render.TextWrap;

/**
 * The layout of an exported timeline: every lane over the whole axis, then the legend and the reading key
 * side by side, then the caption. Laid out once from text measurements and painted onto any painter, so that
 * the PNG and the SVG are the same picture.
 */
final class TimelinePage {

    private static final double PADDING = 16;
    private static final double CAPTION_SIZE = 12;
    private static final double CAPTION_LINE = 16;

    private final TimelineChart chart;
    private final ExportOptions options;
    private final Palette palette;
    private final TimelineFrame frame;
    private final LegendContent legend;
    private final LegendPainter.Size legendSize;
    private final TimelineKey key;
    private final double keyWidth;
    private final double footTop;
    private final List<String> captionLines;
    private final double captionTop;
    private final double height;

    TimelinePage(TimelineChart chart, ExportOptions options, Palette palette, TextMetrics metrics) {
        this.chart = chart;
        this.options = options;
        this.palette = palette;
        double chartHeight = Math.ceil(TimelineFrame.contentHeight(chart) + 4);
        frame = TimelineFrame.fit(chart, options.width(), chartHeight, metrics);
        legend = chart.legend();
        legendSize = options.includeLegend() && !legend.isEmpty() ? new LegendPainter(palette).measure(legend, metrics) : null;
        key = options.includeLegend() && !chart.isEmpty() ? new TimelineKey(palette, !chart.groups().isEmpty()) : null;
        keyWidth = key == null ? 0 : key.width(metrics);
        footTop = chartHeight + PADDING;
        double foot = Math.max(legendSize == null ? 0 : legendSize.height(), key == null ? 0 : key.height());
        captionTop = footTop + (foot > 0 ? foot + PADDING : 0);
        List<String> caption = new ArrayList<>(options.caption());
        if (chart.undated() > 0) {
            caption.add(chart.undated() + " exchanges, offices, channels, events or outcomes shown in the graph have no date "
                    + "(or no lane) and are not drawn here.");
        }
        captionLines = TextWrap.lines(caption, options.width() - 2 * PADDING, CAPTION_SIZE, metrics);
        height = Math.ceil(captionTop + captionLines.size() * CAPTION_LINE + PADDING);
    }

    int width() {
        return options.width();
    }

    int height() {
        return (int) height;
    }

    void paint(Painter painter, TimelinePainter timelinePainter) {
        painter.clear(options.transparentBackground() ? 0 : 0xFF000000 | palette.background(), width(), height);
        timelinePainter.paint(chart, frame, TimelineMarks.NONE, painter);
        double x = PADDING;
        if (legendSize != null) {
            new LegendPainter(palette).paint(legend, painter, x, footTop);
            x += legendSize.width() + PADDING;
        }
        if (key != null && x + keyWidth <= width()) {
            key.paint(painter, x, footTop);
        }
        double baseline = captionTop + CAPTION_LINE * 0.75;
        for (String line : captionLines) {
            painter.text(line, PADDING, baseline, CAPTION_SIZE, palette.label(), false, TextAnchor.START, -1);
            baseline += CAPTION_LINE;
        }
    }
}
