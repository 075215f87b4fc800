package org.backchannel.app;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window's own icon, the installers' (made from {@code packaging/src/main/icons/backchannel.svg} by its
 * {@code make-icons.sh}). Docks match the installed desktop entry and take its icon; task switchers, window lists
 * and the developer's run command show the window's, which JavaFX leaves empty.
 */
public final class WindowIcon {

    static final String RESOURCE = "/org/backchannel/app/backchannel-64.png";

    private WindowIcon() {
    }

    /**
     * Decoded in the background (JavaFX's image loader), so that it costs the window's start nothing, and given to the
     * stage once loaded: a stage passes over an icon still loading and does not look at it again (seen with xprop).
     */
    public static void setOn(Stage stage) {
        Image icon = new Image(WindowIcon.class.getResource(RESOURCE).toExternalForm(), true);
        icon.progressProperty().addListener((progress, was, now) -> {
            if (now.doubleValue() >= 1 && !icon.isError()) {
                stage.getIcons().add(icon);
            }
        });
    }
}
