package org.backchannel.app.graph;

import javafx.animation.AnimationTimer;

/**
 * Runs the canvas's frames on JavaFX pulses only while there is something to do. A running
 * {@link AnimationTimer} makes JavaFX pulse sixty times a second even when nothing is drawn; an idle
 * window should cost no CPU, and while the store starts the pulses would compete with it for the
 * cores.
 */
final class FrameClock {

    /** One frame; answers whether another frame is wanted. */
    @FunctionalInterface
    interface Frame {
        boolean run(long pulseNanos);
    }

    private final AnimationTimer timer;
    private boolean running;

    FrameClock(Frame frame) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!frame.run(now)) {
                    halt();
                }
            }
        };
    }

    /** Asks for a frame on the next pulse, starting the clock if it was idle. */
    void request() {
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** Whether frames are being run; false once everything is drawn and nothing moves. */
    boolean running() {
        return running;
    }

    void halt() {
        running = false;
        timer.stop();
    }
}
