package org.backchannel.render;

/**
 * What one {@link ScenePainter#paint} call drew, after culling and level of detail: for tests, and for a
 * status line that tells the user why some labels are missing.
 */
public record PaintStats(int nodes, int links, int labels) {
}
