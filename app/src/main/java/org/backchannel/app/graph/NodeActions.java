package org.backchannel.app.graph;

/** What the graph asks of panes outside the exploration: the store, for an expansion; the question panels. */
public interface NodeActions {

    /** Loads a node's neighbours from the store and adds them to the scene. */
    void expand(String nodeId);

    /** Starts a path search from a node. */
    void findPathsFrom(String nodeId);

    /** The channels between a party and another (picked next), or beside a channel. */
    void channelsWith(String nodeId);

    /** The channels between two parties, both picked: a party of the "Channels with" submenu; by default, as {@link #channelsWith}. */
    default void channelsBetween(String firstId, String secondId) {
        channelsWith(firstId);
    }

    /** How an outcome came about, or what a node contributed to. */
    void explain(String nodeId);
}
