package org.backchannel.app.path;

/** One hop of a path in words: who, how (link and channel), when. */
public record PathStep(int hop, String from, String how, String to, String when, String linkId) {
}
