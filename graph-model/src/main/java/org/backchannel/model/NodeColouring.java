package org.backchannel.model;

/** What a node's fill colour says: its kind (the shape says it too), or the community it falls in. */
public enum NodeColouring implements CodedValue {
    KIND("kind"),
    COMMUNITY("community");

    private final String code;

    NodeColouring(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
