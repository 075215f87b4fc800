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
 * @param maxFineLinks while at most this many links are drawn they are antialiased, as wide as their kind
 *                     asks, dashed by secrecy and arrowed; beyond it links that are not highlighted are
 *                     coarse (one pixel, solid, no arrowheads), because antialiasing thousands of long
 *                     lines costs seconds and the crowd hides those details anyway
 * @param maxCrowdLinks at most about this many links that are not highlighted are drawn, an evenly spread
 *                      sample that stays the same as the view moves; for frames while the user pans or
 *                      zooms, {@link Integer#MAX_VALUE} otherwise
 * @param maxFineNodes while at most this many nodes are drawn each has its shape and outline; beyond it
 *                     nodes that are not selected, highlighted or pinned are filled squares, which a
 *                     software rasteriser draws several times faster than antialiased outlines
 */
public record LevelOfDetail(int maxLabelledNodes, double minLabelScale, int maxLabelChars, double labelSize,
                            double cullMargin, int maxFineLinks, int maxCrowdLinks, int maxFineNodes) {

    public LevelOfDetail {
        if (maxLabelledNodes < 0 || maxLabelChars < 2 || !(labelSize > 0) || !(cullMargin >= 0)
                || !(minLabelScale >= 0) || maxFineLinks < 0 || maxCrowdLinks < 1
                || maxFineNodes < 0) {
            throw new IllegalArgumentException("invalid level of detail: maxLabelledNodes=" + maxLabelledNodes
                    + ", minLabelScale=" + minLabelScale + ", maxLabelChars=" + maxLabelChars
                    + ", labelSize=" + labelSize + ", cullMargin=" + cullMargin + ", maxFineLinks=" + maxFineLinks
                    + ", maxCrowdLinks=" + maxCrowdLinks + ", maxFineNodes=" + maxFineNodes);
        }
    }

    /**
     * For the screen: labels while at most 200 nodes are visible and the user has not zoomed far out;
     * fine links up to 1,000 (a thousand long antialiased lines already take about 90 ms per frame in
     * JavaFX's software pipeline); node shapes up to 2,000.
     */
    public static LevelOfDetail standard() {
        return new LevelOfDetail(200, 0.5, 32, 11, 40, 1_000, Integer.MAX_VALUE, 2_000);
    }

    /**
     * For exports, where the scale is whatever fits the page rather than a zoom the user chose: only the
     * number of nodes decides labels. Fine links up to 5,000, which keeps a 4096-pixel PNG within seconds;
     * node shapes up to 20,000.
     */
    public static LevelOfDetail forExport() {
        return new LevelOfDetail(200, 0, 32, 11, 40, 5_000, Integer.MAX_VALUE, 20_000);
    }

    /** The same settings with another node limit. */
    public LevelOfDetail withMaxLabelledNodes(int limit) {
        return new LevelOfDetail(limit, minLabelScale, maxLabelChars, labelSize, cullMargin, maxFineLinks, maxCrowdLinks,
                maxFineNodes);
    }

    /** The same settings with another limit for fine links. */
    public LevelOfDetail withMaxFineLinks(int limit) {
        return new LevelOfDetail(maxLabelledNodes, minLabelScale, maxLabelChars, labelSize, cullMargin, limit,
                maxCrowdLinks, maxFineNodes);
    }

    /** The same settings drawing only a sample of about {@code limit} links that are not highlighted. */
    public LevelOfDetail withMaxCrowdLinks(int limit) {
        return new LevelOfDetail(maxLabelledNodes, minLabelScale, maxLabelChars, labelSize, cullMargin, maxFineLinks,
                limit, maxFineNodes);
    }

    /** The same settings with another limit for node shapes. */
    public LevelOfDetail withMaxFineNodes(int limit) {
        return new LevelOfDetail(maxLabelledNodes, minLabelScale, maxLabelChars, labelSize, cullMargin, maxFineLinks,
                maxCrowdLinks, limit);
    }
}
