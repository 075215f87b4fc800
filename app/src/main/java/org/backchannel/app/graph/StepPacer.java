package org.backchannel.app.graph;

/**
 * How often the canvas takes the running layout's newest step into the drawing. Taking a step costs the UI
 * thread the positions' recording, a new scene and a full frame: a millisecond for the article, hundreds of
 * milliseconds for 100,000 nodes, where taking every step would leave no time for the user's pans. So after
 * a step that took {@code t}, the next waits until the UI thread has had {@code t × (1 − share) / share} to
 * itself: with a share of a quarter, small graphs still move every frame and large ones stay interactive
 * while they settle.
 */
final class StepPacer {

    /** The share of the UI thread's time that taking layout steps may use. */
    static final double SHARE = 0.25;

    private long nextAt = Long.MIN_VALUE;

    /** Whether a step may be taken at {@code now} (nanoseconds). */
    boolean due(long now) {
        return now >= nextAt;
    }

    /** After a frame that began at {@code began} ({@link System#nanoTime()}): when it took a step, the next waits. */
    void after(boolean tookStep, long now, long began) {
        if (tookStep) {
            long cost = System.nanoTime() - began;
            nextAt = now + (long) (cost * (1 - SHARE) / SHARE);
        }
    }
}
