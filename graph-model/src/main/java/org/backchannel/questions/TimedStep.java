package org.backchannel.questions;

import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;

/**
 * One step of a time-respecting path: a message going from one node to the next along a dated link.
 * {@code orderUncertain} says the dates cannot tell whether this step came after the one before it
 * (both in {@code 2021-11}, say), only that it may have.
 */
public record TimedStep(GraphNode from, GraphNode to, GraphLink link, DateWindow when, boolean orderUncertain) {
}
