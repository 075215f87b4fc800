package org.backchannel.app.export;

/** Which view a figure draws: the network, or the timeline chart of the same visible graph. */
public enum ExportView {
    NETWORK("The network", "backchannel.png"),
    TIMELINE("The timeline chart", "backchannel-timeline.png");

    private final String displayName;
    private final String fileName;

    ExportView(String displayName, String fileName) {
        this.displayName = displayName;
        this.fileName = fileName;
    }

    /** The name the save dialog proposes, so a chart and a network saved in turn do not overwrite each other. */
    public String fileName() {
        return fileName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
