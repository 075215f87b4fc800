package org.backchannel.render;

import java.util.List;
import java.util.Map;

/**
 * The crowd of a large scene (the links and nodes that are neither selected, highlighted nor pinned),
 * rasterised once into pixels that reach {@link #MARGIN} pixels beyond the view on every side (or less, where
 * the scene ends sooner), and shown as one image while what the view shows of the scene stays within them: a
 * zoomed-out scene that fits within the margin is drawn whole, once, for every pan at that zoom. A frame over 100,000 nodes and 500,000 links then costs
 * one image and the few fine elements on top of it, instead of half a million lines.
 *
 * <p>The layer is drawn again when the scene is another one (a filter, a selection, moved nodes: the canvas
 * builds a new scene for each), the zoom or the canvas's size changed, the view left the margin, or the view
 * came to rest after a frame that drew only a sample of the links while it moved. Where few elements are
 * near the view there is no layer: the elements near it are painted fine every frame, and only those, so a
 * zoomed-in frame costs what is near, not what is loaded.
 *
 * <p>Links in the crowd are one pixel wide and their opacity falls with their number
 * ({@link CrowdTone}), so that a hairball of 500,000 links shows where links are dense rather than a solid
 * blot; beyond {@link #TONE_LINKS} times the fine links they lose their channel colours too, which at that
 * density only mix into a brown noise, and shade in the palette's text colour, under the nodes' kind colours.
 * Crowded nodes are squares at their size, at least {@link #MIN_NODE_SIDE} pixels wide, or one pixel beyond
 * {@link #TONE_LINKS} times the fine nodes.
 *
 * <p>Plain Java with no toolkit; use it from one thread (the canvas's).
 */
public final class CrowdLayer {

    /** Screen pixels drawn beyond the view on every side: how far the view may pan before the layer is drawn again. */
    public static final int MARGIN = 256;
    /** The smallest side of a crowded node's square, in pixels. */
    static final double MIN_NODE_SIDE = 2;
    /** Above this many times {@link LevelOfDetail#maxFineLinks()} crowd links, they are drawn as a shade of one colour. */
    static final int TONE_LINKS = 20;

    /** What {@link #prepare} did for a frame. */
    public enum Decision {
        /** Few elements near the view: no layer, {@link #near()} holds what to paint fine. */
        FINE,
        /** The layer drawn before serves this frame, moved by the pan. */
        REUSED,
        /** The layer was drawn anew for this frame. */
        REDRAWN
    }

    private SceneIndex index;
    private Viewport drawnFor;
    /** The screen rectangle (as {@link #drawnFor} saw it) whose elements the layer and {@link #near} hold. */
    private double rectLeft;
    private double rectTop;
    private int rectWidth;
    private int rectHeight;
    private boolean sampled;
    private boolean active;
    private boolean coarseNodes;
    private GraphScene near = new GraphScene(List.of(), List.of());
    private Map<String, Integer> nearDegrees = Map.of();
    /**
     * Two rasters take turns, one drawn while the other may still be on its way to the screen: a surface may show
     * the pixels themselves rather than a copy ({@code LayerImage} does), and JavaFX can still be rendering the
     * frame that showed one raster while the next frame draws the layer again.
     */
    private final LineRaster[] rasters = new LineRaster[2];
    private int turn;
    private LineRaster raster;
    private long version;
    private int layerLinks;
    private int layerNodes;

    /** Forgets the layer: the next frame draws it anew (the palette or the level of detail changed). */
    public void invalidate() {
        drawnFor = null;
    }

    /**
     * Decides, for a frame showing {@code scene} through {@code view}, whether the layer drawn before serves,
     * and draws it anew when it does not.
     *
     * @param moving the view is moving: a layer drawn now holds an evenly spread sample of at most
     *               {@link LevelOfDetail#maxCrowdLinks()} links, drawn again in full once the view rests
     */
    Decision prepare(GraphScene shown, Viewport view, Palette palette, LevelOfDetail detail, boolean moving) {
        SceneIndex scene = SceneIndex.of(shown, index);
        if (serves(scene, view, moving)) {
            return active ? Decision.REUSED : Decision.FINE;
        }
        index = scene;
        drawnFor = view;
        sampled = false;
        placeRectangle(scene, view);
        CrowdRegion region = new CrowdRegion(scene, view);
        active = region.crowdLinks > detail.maxFineLinks() || region.crowdNodes > detail.maxFineNodes();
        coarseNodes = region.crowdNodes > detail.maxFineNodes();
        near = region.near(active, coarseNodes);
        nearDegrees = region.degrees();
        if (!active) {
            return Decision.FINE;
        }
        draw(region, palette, detail, moving);
        return Decision.REDRAWN;
    }

    private boolean serves(SceneIndex scene, Viewport view, boolean moving) {
        Viewport was = drawnFor;
        if (was == null || index != scene || was.scale() != view.scale() || was.width() != view.width()
                || was.height() != view.height() || (sampled && !moving)) {
            return false;
        }
        // What of the scene the view shows must lie within the rectangle, moved by the pan.
        double pad = pad(scene, view);
        double left = Math.max(0, view.toScreenX(scene.minX) - pad);
        double right = Math.min(view.width(), view.toScreenX(scene.maxX) + pad);
        double top = Math.max(0, view.toScreenY(scene.minY) - pad);
        double bottom = Math.min(view.height(), view.toScreenY(scene.maxY) + pad);
        if (!(left < right && top < bottom)) {
            return true;
        }
        double x = left(view);
        double y = top(view);
        return left >= x && right <= x + rectWidth && top >= y && bottom <= y + rectHeight;
    }

    /** How far beyond its centre a node reaches on screen: half the largest square, and a pixel. */
    private static double pad(SceneIndex scene, Viewport view) {
        return Math.max(MIN_NODE_SIDE, 2 * scene.maxRadius * view.scale()) / 2 + 1;
    }

    /** The view grown by the margin, cut to the scene's extent; at least a pixel. */
    private void placeRectangle(SceneIndex scene, Viewport view) {
        double pad = pad(scene, view);
        double left = Math.max(-MARGIN, Math.floor(view.toScreenX(scene.minX) - pad));
        double right = Math.min(Math.ceil(view.width()) + MARGIN, Math.ceil(view.toScreenX(scene.maxX) + pad));
        double top = Math.max(-MARGIN, Math.floor(view.toScreenY(scene.minY) - pad));
        double bottom = Math.min(Math.ceil(view.height()) + MARGIN, Math.ceil(view.toScreenY(scene.maxY) + pad));
        rectLeft = right > left ? left : 0;
        rectTop = bottom > top ? top : 0;
        rectWidth = (int) Math.max(1, right - left);
        rectHeight = (int) Math.max(1, bottom - top);
    }

    /** The pixels of the layer; their (0, 0) goes to ({@link #left}, {@link #top}) on screen. */
    LineRaster raster() {
        return raster;
    }

    /**
     * The bytes of the pixels it keeps (both rasters, once each has been drawn): what a surface that shows them
     * without copying adds one copy of at most (JavaFX's texture of each image), for the client heap's bench.
     */
    public long pixelBytes() {
        long bytes = 0;
        for (LineRaster r : rasters) {
            bytes += r == null ? 0 : 4L * r.width() * r.height();
        }
        return bytes;
    }

    /** Changes whenever the layer's pixels do, so that a surface uploads them only then. */
    long version() {
        return version;
    }

    double left(Viewport view) {
        return rectLeft + shiftX(view);
    }

    double top(Viewport view) {
        return rectTop + shiftY(view);
    }

    /** How many links the layer holds (a sample while the view moved); 0 without a layer. */
    int layerLinks() {
        return active ? layerLinks : 0;
    }

    /** How many nodes the layer holds; 0 without a layer or when every node near the view is painted fine. */
    int layerNodes() {
        return active ? layerNodes : 0;
    }

    /** Whether crowded nodes are in the layer (else every node near the view is painted fine). */
    boolean coarseNodes() {
        return coarseNodes;
    }

    /** What is painted fine on top of the layer, or instead of it: the elements near the view that are not in it. */
    GraphScene near() {
        return near;
    }

    /** How many links of the whole scene each node of {@link #near()} has, for ranking labels. */
    Map<String, Integer> nearDegrees() {
        return nearDegrees;
    }

    private double shiftX(Viewport view) {
        return (drawnFor.centerX() - view.centerX()) * view.scale();
    }

    private double shiftY(Viewport view) {
        return (drawnFor.centerY() - view.centerY()) * view.scale();
    }

    private void draw(CrowdRegion region, Palette palette, LevelOfDetail detail, boolean moving) {
        Viewport view = drawnFor;
        int width = rectWidth;
        int height = rectHeight;
        turn ^= 1;
        raster = rasters[turn];
        if (raster == null || raster.width() != width || raster.height() != height) {
            raster = new LineRaster(width, height);
            rasters[turn] = raster;
        } else {
            raster.clear();
        }
        version++;
        int stride = moving ? (int) Math.max(1, (region.crowdLinks + (long) detail.maxCrowdLinks() - 1) / detail.maxCrowdLinks()) : 1;
        sampled = stride > 1;
        // A sample keeps the tone of the whole: each drawn link stands for {@code stride} of them.
        double alpha = Math.min(1, Math.min(CrowdTone.crowdAlpha(region.crowdLinks, detail),
                CrowdTone.coverageAlpha(region, index, view, rectWidth, rectHeight)) * stride);
        double dimmed = palette.dimmedAlpha() / 255.0;
        // Read by column: a record (and its id's string) per link would be made for every link of every redraw.
        SceneLinks links = (SceneLinks) index.scene().links();
        int[] inRegion = region.links;
        boolean shade = region.crowdLinks > (long) TONE_LINKS * detail.maxFineLinks();
        layerLinks = 0;
        layerNodes = coarseNodes ? region.nodeCount : 0;
        for (int k = 0; k < region.linkCount; k += stride) {
            layerLinks++;
            int i = inRegion[k];
            int rgb = shade ? palette.label() : palette.linkStyle(links.type(i), links.channelType(i), links.secrecy(i)).rgb();
            raster.line(view.toScreenX(index.xs[index.from[i]]) - rectLeft, view.toScreenY(index.ys[index.from[i]]) - rectTop,
                    view.toScreenX(index.xs[index.to[i]]) - rectLeft, view.toScreenY(index.ys[index.to[i]]) - rectTop,
                    rgb, links.dimmed(i) ? alpha * dimmed : alpha);
        }
        if (coarseNodes) {
            // Where nodes crowd as densely as the links shade, a pixel each: 100,000 two-pixel squares hid every link.
            double minSide = region.crowdNodes > (long) TONE_LINKS * detail.maxFineNodes() ? 1 : MIN_NODE_SIDE;
            List<SceneNode> nodes = index.scene().nodes();
            for (int k = 0; k < region.nodeCount; k++) {
                SceneNode node = nodes.get(region.nodes[k]);
                double side = Math.max(minSide, 2 * node.radius() * view.scale());
                raster.fillRect(view.toScreenX(node.x()) - rectLeft - side / 2, view.toScreenY(node.y()) - rectTop - side / 2,
                        side, palette.nodeFill(node.kind(), node.group()), node.dimmed() ? dimmed : 1);
            }
        }
    }
}
