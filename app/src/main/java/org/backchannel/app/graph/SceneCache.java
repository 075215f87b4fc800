package org.backchannel.app.graph;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backchannel.exploration.Aspect;
import org.backchannel.exploration.Exploration;
import org.backchannel.exploration.ExplorationEvent;
import org.backchannel.render.GraphScene;
import org.backchannel.render.LegibleNodes;
import org.backchannel.render.SceneDecoration;

/**
 * The scene the canvas draws, built from the exploration again only when something in it changed: panning
 * and zooming only redraw it, which at 50,000 links saves most of a frame. The scene holds no selection and no
 * highlights: those are its {@link #decoration()}, drawn over it, so that hovering a node of a 100,000-node scene
 * builds neither the scene nor its crowd layer again.
 */
final class SceneCache {

    /** What a change of only these leaves of the scene as it was: the decoration changes, not the scene. */
    private static final Set<Aspect> LOOKS = EnumSet.of(Aspect.SELECTION, Aspect.HIGHLIGHTS, Aspect.FOCUS, Aspect.PICKED_LINK);

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
    private SceneDecoration decoration = SceneDecoration.NONE;
    private boolean decorationStale = true;

    SceneCache(Exploration exploration) {
        this.exploration = exploration;
    }

    /** Something drawn changed: the next {@link #current()} builds the scene again. */
    void invalidate() {
        stale = true;
        decorationStale = true;
    }

    /** Takes in a change of the exploration: the scene is built again unless only the selection or highlights changed. */
    void follow(ExplorationEvent event) {
        if (LOOKS.containsAll(event.aspects())) {
            decorationStale = true;
        } else {
            invalidate();
        }
    }

    /** The scene as the exploration stands, without selection or highlights. */
    GraphScene current() {
        if (stale) {
            stale = false;
            scene = SceneBuilder.build(exploration.graph(), exploration.visible(), DrawnPositions.of(exploration.drawing()),
                    Set.of(), exploration.drawing().pinned(), Set.of(), exploration.notLoaded(), exploration.nodeEncoding(),
                    exploration.measures());
        }
        return scene;
    }

    /** The selection and the highlights shown, to draw over {@link #current()}. */
    SceneDecoration decoration() {
        if (decorationStale) {
            decorationStale = false;
            decoration = new SceneDecoration(exploration.selection(), exploration.highlights().shown());
        }
        return decoration;
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
