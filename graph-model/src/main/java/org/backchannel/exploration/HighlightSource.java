package org.backchannel.exploration;

/**
 * Who asked for a highlight. Each source keeps its own set, so that a hover ending does not clear a
 * found path; the drawing shows the first non-empty one in this order.
 */
public enum HighlightSource {
    HOVER, PICKED_EXCHANGE, PATH,
    /** The chains that led to an outcome, or the outcomes a node contributed to. */
    OUTCOME_CHAINS,
    /** The channels between two parties, or the one picked among them. */
    PARALLEL_CHANNELS,
    SEARCH
}
