package org.backchannel.render.timeline;

import org.backchannel.model.NodeKind;

/**
 * One row of the chart: the node it stands for, its name, and how many rows of bars it holds (bars that
 * overlap in time are stacked, so that none hides another).
 */
public record Lane(String nodeId, String label, NodeKind kind, int barRows) {
}
