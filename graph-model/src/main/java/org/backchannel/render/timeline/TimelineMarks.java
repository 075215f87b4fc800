package org.backchannel.render.timeline;

import java.util.Set;

/**
 * What the analyst has picked out, drawn on top: the selected nodes (their lanes, markers and bars) and the
 * highlighted nodes and links (hover, a picked exchange, a path), as in the graph.
 */
public record TimelineMarks(Set<String> selected, Set<String> highlighted) {

    public static final TimelineMarks NONE = new TimelineMarks(Set.of(), Set.of());

    public TimelineMarks {
        selected = Set.copyOf(selected);
        highlighted = Set.copyOf(highlighted);
    }
}
