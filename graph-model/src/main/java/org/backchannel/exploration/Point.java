package org.backchannel.exploration;

/** Where a node is drawn, in world units. */
public record Point(double x, double y) {
}
