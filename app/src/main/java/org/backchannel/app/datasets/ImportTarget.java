package org.backchannel.app.datasets;

import org.backchannel.store.ConnectedStore;
import org.backchannel.store.GraphStore;

/** The open store an import writes to, and whether it is Backchannel's own (the embedded store) or a guest's. */
public interface ImportTarget {

    GraphStore store();

    /** True for the embedded store, which is Backchannel's; a server the user connected to is someone else's. */
    boolean ownStore();

    /** The store in words, for the confirmation: "the Neo4j server at bolt://… (database neo4j)". */
    String describe();

    /** The store the window has open, or null while none is. */
    static ImportTarget of(ConnectedStore connected) {
        if (connected == null) {
            return null;
        }
        return new ImportTarget() {
            @Override
            public GraphStore store() {
                return connected.store();
            }

            @Override
            public boolean ownStore() {
                return connected.isEmbedded();
            }

            @Override
            public String describe() {
                return connected.describe();
            }
        };
    }
}
