package org.backchannel.app.graph;

import java.util.List;
import java.util.Set;
import org.backchannel.exploration.Exploration;
import org.backchannel.render.GraphScene;
import org.backchannel.render.LegibleNodes;

/**
 * The scene the canvas draws, built from the exploration again only when something in it changed: panning
 * and zooming only redraw it, which at 50,000 links saves most of a frame.
 */
final class SceneCache {

    private final Exploration exploration;
    /**
     * Up to this many nodes, nodes on screen are never smaller than {@link #SMALLEST_PIXELS} across when zoomed
     * out (all grow by one factor, so sizes keep their proportions); beyond it, zoomed out, they shrink to dots,
     * or 10,000 of them would cover the graph.
     */
    static final int LEGIBLE_UP_TO = 200;
    static final double SMALLEST_PIXELS = 4;

    private GraphScene scene = new GraphScene(List.of(), List.of());
    private GraphScene drawn = scene;
    private boolean stale = true;

    SceneCache(Exploration exploration) {
        this.exploration = exploration;
    }

    /** Something drawn changed: the next {@link #current()} builds the scene again. */
    void invalidate() {
        stale = true;
    }

    /** The scene as the exploration stands. */
    GraphScene current() {
        if (stale) {
            stale = false;
            scene = SceneBuilder.build(exploration.graph(), exploration.visible(), DrawnPositions.of(exploration.drawing()),
                    Set.copyOf(exploration.selection()), exploration.drawing().pinned(), exploration.highlights().shown(),
                    exploration.notLoaded(), exploration.nodeEncoding(), exploration.measures());
        }
        return scene;
    }

    /** The scene as it is drawn at {@code scale} pixels per world unit: its nodes made legible when few. */
    GraphScene drawn(double scale) {
        GraphScene built = current();
        drawn = built.nodes().size() <= LEGIBLE_UP_TO ? LegibleNodes.at(built, scale, SMALLEST_PIXELS) : built;
        return drawn;
    }

    /** The scene last drawn, as the user sees it on screen: what picking looks at. */
    GraphScene last() {
        return drawn;
    }
}
