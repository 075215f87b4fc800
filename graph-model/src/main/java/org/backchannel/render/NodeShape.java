package org.backchannel.render;

/**
 * The outline of a node on screen and in exports. Each node kind has its own shape as well as its own
 * colour, so that kinds stay apart for readers who cannot tell the colours apart and on greyscale prints.
 */
public enum NodeShape {
    CIRCLE,
    ROUNDED_SQUARE,
    DIAMOND,
    HEXAGON,
    TRIANGLE,
    /** For labels the app does not know, such as nodes of someone else's database. */
    OCTAGON
}
