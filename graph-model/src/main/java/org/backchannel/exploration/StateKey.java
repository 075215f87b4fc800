package org.backchannel.exploration;

/**
 * One cell of the exploration's state: a field and, for per-element fields, the node or link id.
 * A history step is a map from keys to their values before and after, so undoing it is setting each
 * key back, in any order.
 */
record StateKey(Field field, String id) {

    enum Field {
        /** Boolean: the node is in the scene. */
        SCENE_NODE(Aspect.SCENE),
        /** Boolean: the link was not removed from the scene (it is drawn when both ends are in the scene too). */
        SCENE_LINK(Aspect.SCENE),
        /** Boolean. */
        HIDDEN(Aspect.HIDDEN),
        /** {@link Point} or null. */
        POSITION(Aspect.DRAWING),
        /** Boolean. */
        PINNED(Aspect.DRAWING),
        /** Boolean. */
        SELECTED(Aspect.SELECTION),
        /** Long or null: links of an expanded node that were not loaded. */
        NOT_LOADED(Aspect.NOT_LOADED),
        /** {@link org.backchannel.store.GraphFilter}; no id. */
        FILTER(Aspect.FILTER),
        /** String or null: the node to centre on; no id. Only a restored snapshot sets it as a step. */
        FOCUS(Aspect.FOCUS),
        /** {@link LayoutMode}; no id. */
        LAYOUT_MODE(Aspect.LAYOUT_MODE),
        /** {@link org.backchannel.model.NodeEncoding}; no id. */
        NODE_ENCODING(Aspect.NODE_ENCODING),
        /** {@link org.backchannel.session.Note} or null; the id is the note's {@link Notes#key}. */
        NOTE(Aspect.NOTES),
        /** {@link org.backchannel.model.Eras}; no id. */
        ERAS(Aspect.ERAS);

        final Aspect aspect;

        Field(Aspect aspect) {
            this.aspect = aspect;
        }
    }

    static StateKey of(Field field, String id) {
        return new StateKey(field, id);
    }

    static StateKey of(Field field) {
        return new StateKey(field, "");
    }
}
