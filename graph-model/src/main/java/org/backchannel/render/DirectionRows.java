package org.backchannel.render;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.LinkType;
import org.backchannel.render.LegendPainter.Row;

/**
 * The legend's entries for what an exchange's arrowhead means, listed only where some exchange has none
 * (a meeting recorded as a node, drawn as a mutual exchange between its parties): the missing arrowhead
 * then reads as "met together", not as a fault of the drawing. A figure of exchanges that all have a
 * direction, as Backchannel's own data has, keeps its legend as it was.
 */
final class DirectionRows {

    static final String TITLE = "Exchanges";
    static final String ONE_WAY = "Arrow: sent one way";
    static final String MUTUAL = "No arrow: met together";
    private static final double ARROW_SIZE = 7;

    private DirectionRows() {
    }

    static List<Row> of(LegendContent.ExchangeDirections directions, Palette palette) {
        if (!directions.mutual()) {
            return List.of();
        }
        LinkStyle style = palette.linkStyle(LinkType.SPOKE_WITH, null, null);
        double width = style.width() + 0.5;
        double end = LegendPainter.ICON_WIDTH;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(TITLE, null));
        if (directions.oneWay()) {
            rows.add(new Row(ONE_WAY, (p, x, cy) -> {
                p.line(x, cy, x + end - ARROW_SIZE / 2, cy, style.rgb(), 1, width, null);
                p.arrowHead(x + end, cy, 0, ARROW_SIZE, style.rgb(), 1);
            }));
        }
        rows.add(new Row(MUTUAL, (p, x, cy) -> p.line(x, cy, x + end, cy, style.rgb(), 1, width, null)));
        return rows;
    }
}
