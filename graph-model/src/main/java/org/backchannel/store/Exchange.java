package org.backchannel.store;

import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/** One exchange: who spoke to whom, through which channel, when (on the link), with its citations. */
public record Exchange(GraphNode from, GraphNode to, GraphNode channel, GraphLink link) {
}
