package org.backchannel.exploration;

/** A part of the exploration a change touched, so that a pane redraws or recomputes only what it shows. */
public enum Aspect {
    /** Which loaded nodes and links are in the scene. */
    SCENE,
    /** Which scene nodes are hidden (kept, not drawn). */
    HIDDEN,
    FILTER,
    /** Positions and pins. */
    DRAWING,
    SELECTION,
    FOCUS,
    HIGHLIGHTS,
    /** The exchange picked in a table, whose evidence the details pane shows. */
    PICKED_LINK,
    /** The sources the loaded citations refer to. */
    SOURCES,
    LAYOUT_MODE,
    /** What node sizes and colours mean (a step, saved with the session). */
    NODE_ENCODING,
    /** The scene's measures, computed off the UI thread for node sizes and colours; not a step. */
    MEASURES,
    /** The analyst asked for the layout to run again. */
    LAYOUT_RUN,
    /** How many links of an expanded node the store has that were not loaded. */
    NOT_LOADED,
    /** The analyst's notes on nodes, links and the session. */
    NOTES,
    /** The analyst's named eras. */
    ERAS,
    /** Where the view looks; not a step, but saved with the session. */
    CAMERA,
    /** The undo history: a step was recorded, undone or redone. */
    HISTORY
}
