package org.backchannel.render;

import java.util.Objects;

/**
 * An analyst's note on an exported figure: its number is drawn beside the node or link it is about,
 * and {@code text} is listed under the figure after the same number.
 *
 * @param targetId the node or link the note is about, or null for a note on the figure as a whole
 * @param text     what the list under the figure says, usually the target's name and the note
 */
public record Annotation(int number, String targetId, String text) {

    public Annotation {
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("annotations are numbered from 1, not " + number);
        }
    }
}
