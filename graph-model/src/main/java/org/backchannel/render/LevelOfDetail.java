package org.backchannel.render;

/**
 * When the {@link ScenePainter} leaves labels out, so that a zoomed-out graph of thousands of nodes stays
 * a picture rather than a smear of text. Labels of selected and highlighted nodes are always drawn.
 *
 * @param maxLabelledNodes other nodes are labelled only while no more than this many nodes are on screen
 * @param minLabelScale other nodes are labelled only while the viewport scale is at least this
 * @param maxLabelChars longer labels are shortened with an ellipsis
 * @param labelSize label font size in screen pixels, whatever the zoom
 * @param cullMargin screen pixels around the viewport within which elements are still drawn
 */
public record LevelOfDetail(int maxLabelledNodes, double minLabelScale, int maxLabelChars, double labelSize,
                            double cullMargin) {

    public LevelOfDetail {
        if (maxLabelledNodes < 0 || maxLabelChars < 2 || !(labelSize > 0) || !(cullMargin >= 0)
                || !(minLabelScale >= 0)) {
            throw new IllegalArgumentException("invalid level of detail: maxLabelledNodes=" + maxLabelledNodes
                    + ", minLabelScale=" + minLabelScale + ", maxLabelChars=" + maxLabelChars
                    + ", labelSize=" + labelSize + ", cullMargin=" + cullMargin);
        }
    }

    /** For the screen: labels while at most 200 nodes are visible and the user has not zoomed far out. */
    public static LevelOfDetail standard() {
        return new LevelOfDetail(200, 0.5, 32, 11, 40);
    }

    /**
     * For exports, where the scale is whatever fits the page rather than a zoom the user chose: only the
     * number of nodes decides.
     */
    public static LevelOfDetail forExport() {
        return new LevelOfDetail(200, 0, 32, 11, 40);
    }

    /** The same settings with another node limit. */
    public LevelOfDetail withMaxLabelledNodes(int limit) {
        return new LevelOfDetail(limit, minLabelScale, maxLabelChars, labelSize, cullMargin);
    }
}
