package org.backchannel.exploration;

/** How the drawing places nodes: by their links (ForceAtlas2) or left to right by date. */
public enum LayoutMode {
    FORCE, TIMELINE
}
