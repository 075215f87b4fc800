package org.backchannel.model;

import java.util.Objects;

/**
 * What a node's size and colour mean in the scene: part of what the analyst looks at, kept with the
 * session and changed as a step of the history, since a picture sized by betweenness says something
 * else than one sized by degree.
 */
public record NodeEncoding(SizeMeasure sizeBy, NodeColouring colourBy) {

    /** Size by degree in the scene, colour by kind: how Backchannel drew nodes before the choice was given. */
    public static final NodeEncoding DEFAULT = new NodeEncoding(SizeMeasure.DEGREE, NodeColouring.KIND);

    public NodeEncoding {
        Objects.requireNonNull(sizeBy, "sizeBy");
        Objects.requireNonNull(colourBy, "colourBy");
    }

    public NodeEncoding withSize(SizeMeasure measure) {
        return new NodeEncoding(measure, colourBy);
    }

    public NodeEncoding withColour(NodeColouring colouring) {
        return new NodeEncoding(sizeBy, colouring);
    }

    /** Whether drawing it needs the scene's measures, which are computed off the UI thread. */
    public boolean needsMeasures() {
        return sizeBy.computed() || colourBy == NodeColouring.COMMUNITY;
    }
}
