package org.backchannel.render;

/**
 * How opaque the crowd layer's links are: faint enough that 500,000 of them show where links are dense rather
 * than a solid blot, and never so faint that a lone link in a sparse corner disappears.
 */
final class CrowdTone {

    /** The faintest a crowd link gets, so that a lone link in a sparse corner still shows. */
    static final double MIN_CROWD_ALPHA = 0.08;
    /** The faintest a crowd link gets where links overlap many times over (see {@link #coverageAlpha}). */
    static final double MIN_SHADE_ALPHA = 0.02;

    private CrowdTone() {
    }

    /** Opacity of a crowd link when {@code count} of them are drawn: the square root keeps dense parts darker than sparse ones. */
    static double crowdAlpha(long count, LevelOfDetail detail) {
        return Math.max(MIN_CROWD_ALPHA, Math.min(1, Math.sqrt((double) Math.max(1, detail.maxFineLinks()) / Math.max(1, count))));
    }

    /**
     * The opacity at which the region's links, drawn over one another as often as they cover a layer of
     * {@code width} by {@code height} pixels on average, darken an average pixel by half: so a dense core stays a
     * shade rather than a black blot, whatever the zoom (the number of links alone does not know how many pixels
     * they share).
     */
    static double coverageAlpha(CrowdRegion region, SceneIndex index, Viewport view, int width, int height) {
        double length = 0;
        for (int k = 0; k < region.linkCount; k++) {
            int i = region.links[k];
            length += Math.max(Math.abs(index.xs[index.from[i]] - index.xs[index.to[i]]),
                    Math.abs(index.ys[index.from[i]] - index.ys[index.to[i]])) * view.scale() + 1;
        }
        double overlaps = length / ((double) width * height);
        return overlaps <= 1 ? 1 : Math.max(MIN_SHADE_ALPHA, 1 - Math.pow(0.5, 1 / overlaps));
    }
}
