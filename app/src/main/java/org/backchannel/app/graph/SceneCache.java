package org.backchannel.app.graph;

import java.util.List;
import java.util.Set;
import org.backchannel.exploration.Exploration;
import org.backchannel.render.GraphScene;

/**
 * The scene the canvas draws, built from the exploration again only when something in it changed: panning
 * and zooming only redraw it, which at 50,000 links saves most of a frame.
 */
final class SceneCache {

    private final Exploration exploration;
    private GraphScene scene = new GraphScene(List.of(), List.of());
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

    /** The scene last built, as the user sees it on screen: what picking looks at. */
    GraphScene last() {
        return scene;
    }
}
