package org.backchannel.app.graph;

import java.util.HashMap;
import java.util.Map;
import org.backchannel.exploration.DrawingModel;
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
}
