package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.render.LegendPainter.Row;

/**
 * The legend's entries for what node sizes and colours mean: "Size: betweenness" with a small and a large
 * circle and the lowest and highest values drawn, and, when nodes are coloured by community, a swatch per
 * community that has a colour of its own and one for the rest.
 */
final class NodeKeyRows {

    static final String SIZE_TITLE = "Size: ";
    static final String COMMUNITIES_TITLE = "Communities";
    /** Neutral, for icons that say a size or a shape, not a kind or a community. */
    private static final int GREY_FILL = 0xBDBDBD;
    private static final int GREY_STROKE = 0x6E6E6E;
    private static final double SMALL_ICON = 3;
    private static final double LARGE_ICON = 7.5;
    private static final double SWATCH = 5.5;

    private NodeKeyRows() {
    }

    static List<Row> of(NodeKey key) {
        List<Row> rows = new ArrayList<>();
        if (key.showsSize()) {
            rows.add(new Row(SIZE_TITLE + key.sizeBy().title(), null));
            if (key.highest() > key.lowest()) {
                rows.add(new Row(key.sizeBy().format(key.lowest()) + " (least)", circle(SMALL_ICON)));
                rows.add(new Row(key.sizeBy().format(key.highest()) + " (most)", circle(LARGE_ICON)));
            } else {
                rows.add(new Row("all " + key.sizeBy().format(key.lowest()), circle((SMALL_ICON + LARGE_ICON) / 2)));
            }
        }
        if (key.byCommunity()) {
            rows.add(new Row(COMMUNITIES_TITLE, null));
            int own = Math.min(key.communities().size(), CommunityColours.distinct());
            for (int c = 0; c < own; c++) {
                int number = c;
                rows.add(new Row(key.communities().get(c), (p, x, cy) -> p.shape(NodeShape.CIRCLE, x + LegendPainter.ICON_WIDTH / 2, cy,
                        SWATCH, CommunityColours.fill(number), CommunityColours.stroke(number), 1, 1)));
            }
            int rest = key.communities().size() - own;
            if (rest > 0) {
                rows.add(new Row(rest + " smaller " + (rest == 1 ? "community" : "communities"), (p, x, cy) -> p.shape(NodeShape.CIRCLE,
                        x + LegendPainter.ICON_WIDTH / 2, cy, SWATCH, CommunityColours.fill(own), CommunityColours.stroke(own), 1, 1)));
            }
        }
        return rows;
    }

    /** A kind's shape in grey: under colouring by community the shape alone says the kind. */
    static LegendPainter.Icon shapeIcon(NodeShape shape) {
        return (p, x, cy) -> p.shape(shape, x + LegendPainter.ICON_WIDTH / 2, cy, SWATCH, GREY_FILL, GREY_STROKE, 1, 1);
    }

    private static LegendPainter.Icon circle(double radius) {
        return (p, x, cy) -> p.shape(NodeShape.CIRCLE, x + LegendPainter.ICON_WIDTH / 2, cy, radius, GREY_FILL, GREY_STROKE, 1, 1);
    }
}
