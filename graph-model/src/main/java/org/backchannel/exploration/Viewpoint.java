package org.backchannel.exploration;

/**
 * Where the view looks: the centre of the window in world units and pixels per world unit. Plain
 * data in the exploration, so that a session reads and sets it without reaching into the canvas.
 */
public record Viewpoint(double x, double y, double scale) {
}
