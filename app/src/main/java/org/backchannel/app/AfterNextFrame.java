package org.backchannel.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs an action once the scene's next frame is on screen. The embedded store starts this way after the last
 * session's picture is drawn: its start takes both cores, and begun before the frame was rendered it held back
 * the render itself (a screenshot a second after the picture's frame was laid out still showed a blank window).
 *
 * <p>JavaFX renders a frame on its render thread after the pulse that laid it out, and a pulse waits for the
 * previous frame's rendering before it renders its own. So when the second pulse after the frame has been laid
 * out, the pulse before it has waited for the frame: it has been rendered.
 */
final class AfterNextFrame {

    /** The frame's own pulse, the one that waits for its rendering, and the one after that. */
    private static final int PULSES = 3;

    private AfterNextFrame() {
    }

    static void run(Scene scene, Runnable action) {
        int[] seen = {0};
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                seen[0]++;
                if (seen[0] < PULSES) {
                    Platform.requestNextPulse();
                } else if (seen[0] == PULSES) {
                    // Not removed while the scene runs its listeners: removed and acted on once that pulse is over.
                    Runnable self = this;
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(self);
                        action.run();
                    });
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
