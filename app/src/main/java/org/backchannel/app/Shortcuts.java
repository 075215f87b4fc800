package org.backchannel.app;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The keyboard and mouse shortcuts, listed for the user. */
final class Shortcuts {

    static final String TEXT = String.join("\n",
            "Ctrl+F\tsearch names; Enter selects and centres the best match",
            "Ctrl+E\texport the network or the timeline chart as PNG, SVG or PDF            Ctrl+Q\tquit",
            "Ctrl+1\tthe network        Ctrl+2\tthe timeline chart",
            "Ctrl+Z\tundo        Ctrl+Shift+Z, Ctrl+Y\tredo        History tab\tclick a step to go back to it",
            "H\thide the selection     Delete\tremove it from the scene     K\tkeep only it     P\tpin or unpin it",
            "Right-click a node\texpand, hide, remove, pin, find paths from here, copy the name",
            "Drag background\tpan            Wheel\tzoom around the pointer",
            "+ / −\tzoom                 Arrows\tpan            0\tfit the graph",
            "Click\tselect            Shift+click\tadd to or remove from the selection",
            "Shift+drag\tselect with a rubber band",
            "Drag a node\tmove and pin it   Alt+click\tunpin it",
            "Double-click\texpand a node's neighbours from the store",
            "Esc\tclear the selection        L\tshow or hide the legend",
            "Timeline chart\tdrag along the dates to set the era; wheel zooms in time; arrows pan; 0 fits");

    private Shortcuts() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, TEXT);
        alert.initOwner(owner);
        alert.setTitle("Shortcuts");
        alert.setHeaderText("Keyboard and mouse");
        alert.show();
    }
}
