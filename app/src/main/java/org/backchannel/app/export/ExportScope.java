package org.backchannel.app.export;

/** Which part of the graph an export shows. */
public enum ExportScope {
    VISIBLE("Everything shown"),
    SELECTION("The selection"),
    SELECTION_AND_NEIGHBOURS("The selection and its neighbours");

    private final String displayName;

    ExportScope(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
