package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backchannel.model.ChannelType;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;
import org.backchannel.model.Secrecy;

/**
 * Draws the legend, in sections (node kinds with their shapes, channel types with their colours,
 * secrecy with its dash patterns, what an exchange's arrowhead means when some have none, and the other
 * links, neutral, one entry per grey style naming the types drawn in it), from the same {@link Palette} as the scene, so that a legend can never
 * describe colours the picture does not use. Used on screen and in every export.
 */
public final class LegendPainter {

    public static final String NODES_TITLE = "Nodes";
    public static final String CHANNELS_TITLE = "Channels";
    public static final String SECRECY_TITLE = "Secrecy";
    public static final String OTHER_LINKS_TITLE = "Other links (no channel)";
    public static final String UNKNOWN_KIND = "Other (unknown kind)";

    private static final double PADDING = 10;
    private static final double TITLE_SIZE = 12;
    private static final double ENTRY_SIZE = 11;
    private static final double TITLE_HEIGHT = 18;
    private static final double ENTRY_HEIGHT = 17;
    /** The step between the lines of an entry too long for one. */
    private static final double ENTRY_LINE = 13;
    /** An entry wider than this (a group of neutral link types) goes on to further lines, so the legend stays narrow. */
    private static final double MAX_ENTRY_TEXT = 170;
    private static final double SECTION_GAP = 6;
    private static final double COLUMN_GAP = 24;
    static final double ICON_WIDTH = 28;
    private static final double ICON_GAP = 6;
    private static final int BORDER = 0xBBBBBB;
    private static final double BOX_ALPHA = 0.92;

    /** The legend's extent in pixels. */
    public record Size(double width, double height) {
    }

    /** Draws an entry's icon, vertically centred on {@code cy}, starting at {@code x}. */
    interface Icon {
        void paint(Painter painter, double x, double cy);
    }

    /** A section title ({@code icon} null) or an entry. */
    record Row(String text, Icon icon) {
        boolean title() {
            return icon == null;
        }
    }

    private final Palette palette;

    public LegendPainter(Palette palette) {
        this.palette = palette;
    }

    /** The legend as one column, for beside a graph. */
    public Size measure(LegendContent content, TextMetrics metrics) {
        return flow(content, metrics, 0).size();
    }

    /** The legend with its sections side by side as far as {@code maxWidth} allows, for under a graph. */
    public Size measure(LegendContent content, TextMetrics metrics, double maxWidth) {
        return flow(content, metrics, maxWidth).size();
    }

    /** Draws the legend box as one column with its top-left corner at (x, y). */
    public void paint(LegendContent content, Painter painter, double x, double y) {
        paint(content, painter, x, y, 0);
    }

    /** Draws the legend box, its sections side by side within {@code maxWidth}, with its top-left corner at (x, y). */
    public void paint(LegendContent content, Painter painter, double x, double y, double maxWidth) {
        Flow flow = flow(content, painter, maxWidth);
        painter.rect(x, y, flow.size().width(), flow.size().height(), palette.background(), BOX_ALPHA, BORDER);
        for (Placed placed : flow.sections()) {
            double top = y + PADDING + placed.dy();
            double left = x + PADDING + placed.dx();
            for (Row row : placed.rows()) {
                if (row.title()) {
                    painter.text(row.text(), left, top + TITLE_HEIGHT * 0.7, TITLE_SIZE, palette.label(), true, TextAnchor.START, -1);
                    top += TITLE_HEIGHT;
                } else {
                    double cy = top + ENTRY_HEIGHT / 2;
                    row.icon().paint(painter, left, cy);
                    for (String line : entryLines(row, painter)) {
                        painter.text(line, left + ICON_WIDTH + ICON_GAP, cy + ENTRY_SIZE * 0.35, ENTRY_SIZE, palette.label(),
                                false, TextAnchor.START, -1);
                        cy += ENTRY_LINE;
                        top += ENTRY_LINE;
                    }
                    top += ENTRY_HEIGHT - ENTRY_LINE;
                }
            }
        }
    }

    /** A section (its title and entries) and where it goes inside the box's padding. */
    private record Placed(List<Row> rows, double dx, double dy) {
    }

    private record Flow(List<Placed> sections, Size size) {
    }

    /** Sections left to right, a new line of them when the next would pass {@code maxWidth}; 0 gives one column. */
    private Flow flow(LegendContent content, TextMetrics metrics, double maxWidth) {
        List<Placed> placed = new ArrayList<>();
        double x = 0;
        double y = 0;
        double lineHeight = 0;
        double width = 0;
        for (List<Row> section : sections(rows(content))) {
            double sectionWidth = 0;
            double sectionHeight = 0;
            for (Row row : section) {
                if (row.title()) {
                    sectionWidth = Math.max(sectionWidth, metrics.textWidth(row.text(), TITLE_SIZE, true));
                    sectionHeight += TITLE_HEIGHT;
                } else {
                    List<String> lines = entryLines(row, metrics);
                    for (String line : lines) {
                        sectionWidth = Math.max(sectionWidth, ICON_WIDTH + ICON_GAP + metrics.textWidth(line, ENTRY_SIZE, false));
                    }
                    sectionHeight += ENTRY_HEIGHT + (lines.size() - 1) * ENTRY_LINE;
                }
            }
            if (!placed.isEmpty() && x + sectionWidth > maxWidth - 2 * PADDING) {
                x = 0;
                y += lineHeight + SECTION_GAP;
                lineHeight = 0;
            }
            placed.add(new Placed(section, x, y));
            width = Math.max(width, x + sectionWidth);
            x += sectionWidth + COLUMN_GAP;
            lineHeight = Math.max(lineHeight, sectionHeight);
        }
        return new Flow(placed, new Size(Math.ceil(width + 2 * PADDING), Math.ceil(y + lineHeight + 2 * PADDING)));
    }

    private static List<String> entryLines(Row row, TextMetrics metrics) {
        return TextWrap.lines(List.of(row.text()), MAX_ENTRY_TEXT, ENTRY_SIZE, metrics);
    }

    private static List<List<Row>> sections(List<Row> rows) {
        List<List<Row>> sections = new ArrayList<>();
        for (Row row : rows) {
            if (row.title() || sections.isEmpty()) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(row);
        }
        return sections;
    }

    private List<Row> rows(LegendContent content) {
        List<Row> rows = new ArrayList<>();
        if (!content.kinds().isEmpty() || content.unknownKind() || !content.otherGroups().isEmpty()) {
            rows.add(new Row(NODES_TITLE, null));
            // Coloured by community, a node's colour no longer says its kind: its shape still does.
            boolean shapesOnly = content.nodeKey() != null && content.nodeKey().byCommunity();
            for (NodeKind kind : NodeKind.values()) {
                if (content.kinds().contains(kind)) {
                    rows.add(new Row(kind.label(), shapesOnly ? NodeKeyRows.shapeIcon(palette.shape(kind)) : nodeIcon(kind)));
                }
            }
            for (String group : content.otherGroups()) {
                int fill = palette.otherFill(group);
                rows.add(new Row(group, (p, x, cy) -> p.shape(palette.shape(null), x + ICON_WIDTH / 2, cy, 5.5, fill,
                        palette.nodeStroke(null, group), 1, 1)));
            }
            if (content.unknownKind()) {
                rows.add(new Row(UNKNOWN_KIND, nodeIcon(null)));
            }
        }
        if (content.nodeKey() != null) {
            rows.addAll(NodeKeyRows.of(content.nodeKey()));
        }
        if (!content.channelTypes().isEmpty()) {
            rows.add(new Row(CHANNELS_TITLE, null));
            for (ChannelType type : ChannelType.values()) {
                if (content.channelTypes().contains(type)) {
                    int colour = palette.channelColour(type);
                    rows.add(new Row(type.displayName(), (p, x, cy) -> p.line(x, cy, x + ICON_WIDTH, cy, colour, 1, 3, null)));
                }
            }
        }
        if (!content.secrecies().isEmpty()) {
            rows.add(new Row(SECRECY_TITLE, null));
            for (Secrecy secrecy : Secrecy.values()) {
                if (content.secrecies().contains(secrecy)) {
                    double[] dash = palette.dash(secrecy);
                    rows.add(new Row(displayName(secrecy),
                            (p, x, cy) -> p.line(x, cy, x + ICON_WIDTH, cy, palette.label(), 1, 1.5, dash)));
                }
            }
        }
        rows.addAll(DirectionRows.of(content.directions(), palette));
        if (!content.neutralLinks().isEmpty()) {
            rows.add(new Row(OTHER_LINKS_TITLE, null));
            for (List<LinkType> group : NeutralLinks.GROUPS) {
                List<LinkType> shown = group.stream().filter(content.neutralLinks()::contains).toList();
                if (!shown.isEmpty()) {
                    LinkStyle style = palette.linkStyle(shown.get(0), null, null);
                    String names = capitalised(shown.stream().map(t -> t.code().replace('-', ' ')).collect(Collectors.joining(", ")));
                    rows.add(new Row(names, (p, x, cy) -> p.line(x, cy, x + ICON_WIDTH, cy, style.rgb(), 1, style.width() + 0.5, null)));
                }
            }
        }
        return rows;
    }

    private static String capitalised(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private Icon nodeIcon(NodeKind kind) {
        return (p, x, cy) -> p.shape(palette.shape(kind), x + ICON_WIDTH / 2, cy, 5.5, palette.nodeFill(kind),
                palette.nodeStroke(kind), 1, 1);
    }

    private static String displayName(Secrecy secrecy) {
        String code = secrecy.code();
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }
}
