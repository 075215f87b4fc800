package org.backchannel.render.timeline;

import org.backchannel.model.ChannelType;
import org.backchannel.render.Painter;
import org.backchannel.render.Palette;
import org.backchannel.render.TextAnchor;
import org.backchannel.render.TextMetrics;

/** How to read the chart, beside the legend of a figure: what bars, bands, arrows and breaks mean. */
final class TimelineKey {

    private static final double PADDING = 10;
    private static final double TITLE_SIZE = 12;
    private static final double ENTRY_SIZE = 11;
    private static final double ROW = 17;
    private static final double ICON = 28;
    private static final String TITLE = "Reading the timeline";
    private static final String[] ENTRIES = {
        "Exchange between two lanes; arrow at the receiver",
        "Date known only to the year or month: shaded over its span",
        "Channel's lifetime on its parties' lanes; ▸ still open",
        "Office held",
        "Years in which nothing happens, cut out of the axis",
    };

    private final Palette palette;

    TimelineKey(Palette palette) {
        this.palette = palette;
    }

    double width(TextMetrics metrics) {
        double widest = metrics.textWidth(TITLE, TITLE_SIZE, true);
        for (String entry : ENTRIES) {
            widest = Math.max(widest, ICON + 6 + metrics.textWidth(entry, ENTRY_SIZE, false));
        }
        return Math.ceil(widest + 2 * PADDING);
    }

    double height() {
        return 2 * PADDING + 18 + ENTRIES.length * ROW;
    }

    void paint(Painter painter, double x, double y) {
        painter.rect(x, y, width(painter), height(), palette.background(), 0.92, 0xBBBBBB);
        double left = x + PADDING;
        painter.text(TITLE, left, y + PADDING + 12.6, TITLE_SIZE, palette.label(), true, TextAnchor.START, -1);
        double top = y + PADDING + 18;
        int channel = palette.channelColour(ChannelType.BACK_CHANNEL);
        for (int i = 0; i < ENTRIES.length; i++) {
            double cy = top + ROW / 2;
            double mid = left + ICON / 2;
            switch (i) {
                case 0 -> {
                    painter.line(mid, cy - 7, mid, cy + 3, channel, 1, 1.8, null);
                    painter.arrowHead(mid, cy + 7, Math.PI / 2, 7, channel, 1);
                }
                case 1 -> {
                    painter.rect(left + 2, cy - 7, ICON - 4, 14, channel, 0.14, -1);
                    painter.line(mid, cy - 7, mid, cy + 7, channel, 1, 1.8, null);
                }
                case 2 -> {
                    painter.line(left, cy, left + ICON - 7, cy, channel, 1, 4, palette.dash(null));
                    painter.arrowHead(left + ICON, cy, 0, 7, channel, 1);
                }
                case 3 -> painter.rect(left, cy - 2.5, ICON, 5, 0xBDBDBD, 1, -1);
                default -> {
                    painter.rect(left + 8, cy - 7, ICON - 16, 14, 0xE9E9E9, 1, -1);
                    painter.line(mid - 5, cy + 5, mid - 1, cy - 5, 0x8A8A8A, 1, 1.2, null);
                    painter.line(mid + 1, cy + 5, mid + 5, cy - 5, 0x8A8A8A, 1, 1.2, null);
                }
            }
            painter.text(ENTRIES[i], left + ICON + 6, cy + ENTRY_SIZE * 0.35, ENTRY_SIZE, palette.label(), false, TextAnchor.START, -1);
            top += ROW;
        }
    }
}
