package org.backchannel.app.path;

/**
 * One hop of a path in words: who, how (link and channel), when, the first quote behind it, and for a
 * time-respecting path whether the dates leave open if it came after the hop before ({@code order}).
 */
public record PathStep(int hop, String from, String how, String to, String when, String linkId, String quote, String order) {

    /** A hop whose quote is not known and whose order is not in question. */
    public PathStep(int hop, String from, String how, String to, String when, String linkId) {
        this(hop, from, how, to, when, linkId, "", "");
    }
}
