package org.backchannel.app.graph;

import org.backchannel.exploration.Viewpoint;
import org.backchannel.render.Viewport;

/**
 * Where the view looks and how close: pan, zoom around a point, fit. Plain state, so that the
 * canvas only turns gestures into calls.
 */
public final class Camera {

    /**
     * Far enough out to fit a laid-out scene of 100,000 nodes on a small canvas (its layout is hundreds of
     * thousands of world units across); 0.02 showed only its middle.
     */
    static final double MIN_SCALE = 0.0002;
    static final double MAX_SCALE = 8;
    /** A fit never zooms in further, so that a handful of nodes are not shown as dinner plates. */
    static final double MAX_FIT_SCALE = 2;

    private double centerX;
    private double centerY;
    private double scale = 1;
    /** The scale of the last fit; NaN after a saved view was put back, until {@link #fitWouldBe} says it. */
    private double fitScale = 1;

    public Viewport viewport(double width, double height) {
        return new Viewport(Math.max(1, width), Math.max(1, height), centerX, centerY, scale);
    }

    public double scale() {
        return scale;
    }

    /** The zoom relative to the last fit: 1 when the whole graph just fits (and while no fit is known). */
    public double zoom() {
        return knowsFit() ? scale / fitScale : 1;
    }

    /** False after a saved view was put back, until the scale a fit would have is given. */
    public boolean knowsFit() {
        return !Double.isNaN(fitScale);
    }

    /** The scale a fit of what is shown would have here, which the zoom is told against; NaN for not known. */
    public void fitWouldBe(double scaleOfAFit) {
        fitScale = scaleOfAFit;
    }

    /** Moves the view by a distance in screen pixels. */
    public void panBy(double dxScreen, double dyScreen) {
        centerX -= dxScreen / scale;
        centerY -= dyScreen / scale;
    }

    /** Zooms by a factor, keeping the world point under (screenX, screenY) where it is. */
    public void zoomAt(double factor, double screenX, double screenY, double width, double height) {
        Viewport before = viewport(width, height);
        double worldX = before.toWorldX(screenX);
        double worldY = before.toWorldY(screenY);
        scale = clamp(scale * factor);
        centerX = worldX - (screenX - width / 2) / scale;
        centerY = worldY - (screenY - height / 2) / scale;
    }

    /** Where the view looks, as plain data a session saves. */
    public Viewpoint viewpoint() {
        return new Viewpoint(centerX, centerY, scale);
    }

    /** Looks where a saved viewpoint says, at its zoom; what a fit would be there is not known yet. */
    public void lookAt(Viewpoint saved) {
        fitted(saved);
        fitScale = Double.NaN;
    }

    /** Looks where a fit says: its zoom is 100 % from then on. */
    public void fitted(Viewpoint fit) {
        centerX = fit.x();
        centerY = fit.y();
        scale = clamp(fit.scale());
        fitScale = scale;
    }

    public void centreOn(double worldX, double worldY) {
        centerX = worldX;
        centerY = worldY;
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
