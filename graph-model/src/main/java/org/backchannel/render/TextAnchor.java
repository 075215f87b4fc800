package org.backchannel.render;

/** Which point of a line of text its x coordinate names, as SVG's {@code text-anchor} does. */
public enum TextAnchor {
    START,
    MIDDLE,
    END
}
