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
    private enum Entry {
        EXCHANGE("Exchange between two lanes; arrow at the receiver"),
        EXCHANGE_THROUGH("Exchange through the channel"),
        SHADED("Date known only to the year or month: shaded over its span"),
        LIFETIME("Channel's lifetime on its parties' lanes; ▸ still open"),
        SPAN("Channel's span, with who took part; ▸ still open"),
        OFFICE("Office held"),
        FLAG("\u2691 Flagged period (parallel, bypass), with its label"),
        BREAK("Years in which nothing happens, cut out of the axis");

        final String text;

        Entry(String text) {
            this.text = text;
        }
    }

    private final Palette palette;
    private final Entry[] entries;

    /** The key of the timeline pane's chart. */
    TimelineKey(Palette palette) {
        this(palette, false);
    }

    /** @param channelLanes a lane per channel, as the parallel-channels figure draws them, with flags */
    TimelineKey(Palette palette, boolean channelLanes) {
        this.palette = palette;
        this.entries = channelLanes ? new Entry[] {Entry.EXCHANGE_THROUGH, Entry.SHADED, Entry.SPAN, Entry.FLAG, Entry.BREAK}
                : new Entry[] {Entry.EXCHANGE, Entry.SHADED, Entry.LIFETIME, Entry.OFFICE, Entry.BREAK};
    }

    double width(TextMetrics metrics) {
        double widest = metrics.textWidth(TITLE, TITLE_SIZE, true);
        for (Entry entry : entries) {
            widest = Math.max(widest, ICON + 6 + metrics.textWidth(entry.text, ENTRY_SIZE, false));
        }
        return Math.ceil(widest + 2 * PADDING);
    }

    double height() {
        return 2 * PADDING + 18 + entries.length * ROW;
    }

    void paint(Painter painter, double x, double y) {
        painter.rect(x, y, width(painter), height(), palette.background(), 0.92, 0xBBBBBB);
        double left = x + PADDING;
        painter.text(TITLE, left, y + PADDING + 12.6, TITLE_SIZE, palette.label(), true, TextAnchor.START, -1);
        double top = y + PADDING + 18;
        int channel = palette.channelColour(ChannelType.BACK_CHANNEL);
        for (Entry entry : entries) {
            double cy = top + ROW / 2;
            double mid = left + ICON / 2;
            switch (entry) {
                case EXCHANGE -> {
                    painter.line(mid, cy - 7, mid, cy + 3, channel, 1, 1.8, null);
                    painter.arrowHead(mid, cy + 7, Math.PI / 2, 7, channel, 1);
                }
                case EXCHANGE_THROUGH -> painter.line(mid, cy - 7, mid, cy + 7, channel, 1, 1.8, null);
                case SHADED -> {
                    painter.rect(left + 2, cy - 7, ICON - 4, 14, channel, 0.14, -1);
                    painter.line(mid, cy - 7, mid, cy + 7, channel, 1, 1.8, null);
                }
                case LIFETIME, SPAN -> {
                    painter.line(left, cy, left + ICON - 7, cy, channel, 1, 4, palette.dash(null));
                    painter.arrowHead(left + ICON, cy, 0, 7, channel, 1);
                }
                case OFFICE -> painter.rect(left, cy - 2.5, ICON, 5, 0xBDBDBD, 1, -1);
                case FLAG -> {
                    painter.rect(left + 2, cy - 7, ICON - 4, 14, GroupAndFlagPainter.FLAG, 0.10, -1);
                    painter.line(left + 2, cy - 7, left + 2, cy + 7, GroupAndFlagPainter.FLAG, 1, 1.2, GroupAndFlagPainter.FLAG_DASH);
                    painter.line(left + ICON - 2, cy - 7, left + ICON - 2, cy + 7, GroupAndFlagPainter.FLAG, 1, 1.2,
                            GroupAndFlagPainter.FLAG_DASH);
                }
                case BREAK -> {
                    painter.rect(left + 8, cy - 7, ICON - 16, 14, 0xE9E9E9, 1, -1);
                    painter.line(mid - 5, cy + 5, mid - 1, cy - 5, 0x8A8A8A, 1, 1.2, null);
                    painter.line(mid + 1, cy + 5, mid + 5, cy - 5, 0x8A8A8A, 1, 1.2, null);
                }
            }
            painter.text(entry.text, left + ICON + 6, cy + ENTRY_SIZE * 0.35, ENTRY_SIZE, palette.label(), false, TextAnchor.START, -1);
            top += ROW;
        }
    }
}
