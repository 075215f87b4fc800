package org.backchannel.app.graph;

/**
 * Whether the analyst is panning or zooming: while the view moves, frames draw a sample of the links; once it
 * has been still for {@value #MOVING_NANOS} ns, one full frame follows.
 */
final class ViewMotion {

    private static final long MOVING_NANOS = 150_000_000L;

    /** The user panned or zoomed since the last frame. */
    private boolean moved;
    /** When the user last panned or zoomed, in pulse nanoseconds. */
    private long movedAt;
    private boolean moving;

    void cameraMoved() {
        moved = true;
    }

    /** Called once per pulse: answers whether the view has just come to rest, so the whole picture is due again. */
    boolean cameToRest(long now) {
        if (moved) {
            moved = false;
            movedAt = now;
            moving = true;
        } else if (moving && now - movedAt >= MOVING_NANOS) {
            moving = false;
            return true;
        }
        return false;
    }

    boolean moving() {
        return moving;
    }
}
