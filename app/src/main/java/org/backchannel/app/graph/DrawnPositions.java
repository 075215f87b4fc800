package org.backchannel.app.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.exploration.DrawingModel;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.Point;

/** The drawing model's positions as the coordinate pairs the layout start, the scene builder and exports take. */
public final class DrawnPositions {

    private DrawnPositions() {
    }

    /** A fresh map: the caller may add to it (newcomers placed beside their neighbours) without changing the model. */
    public static Map<String, double[]> of(DrawingModel drawing) {
        Map<String, double[]> positions = new HashMap<>(2 * drawing.positions().size());
        for (Map.Entry<String, Point> entry : drawing.positions().entrySet()) {
            positions.put(entry.getKey(), new double[] {entry.getValue().x(), entry.getValue().y()});
        }
        return positions;
    }

    /** Where the visible nodes that have a place are, for fitting the view to them. */
    static List<double[]> visible(Exploration exploration) {
        return exploration.visible().nodeIds().stream().map(id -> exploration.drawing().position(id).orElse(null))
                .filter(p -> p != null).map(p -> new double[] {p.x(), p.y()}).toList();
    }
}
