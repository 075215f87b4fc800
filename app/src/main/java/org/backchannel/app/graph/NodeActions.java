package org.backchannel.app.graph;

/** What the graph asks of panes outside the exploration: the store, for an expansion; the path pane. */
public interface NodeActions {

    /** Loads a node's neighbours from the store and adds them to the scene. */
    void expand(String nodeId);

    /** Starts a path search from a node. */
    void findPathsFrom(String nodeId);
}
