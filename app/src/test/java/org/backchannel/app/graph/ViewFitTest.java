package org.backchannel.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.app.graph.ViewFit.Corner;
import org.backchannel.app.graph.ViewFit.Footprint;
import org.backchannel.exploration.Viewpoint;
import org.backchannel.render.Viewport;
import org.junit.jupiter.api.Test;

class ViewFitTest {

    private static final double WIDTH = 800;
    private static final double HEIGHT = 600;
    private static final double MARGIN = 10;
    private static final double MIN_RADIUS = 2;

    private final ViewFit fit = new ViewFit(WIDTH, HEIGHT, MARGIN, 2, MIN_RADIUS);

    @Test
    void aWideGraphFillsTheWidthWithItsLabelsInsideTheMargin() {
        List<Footprint> prints = List.of(print(-1000, 0, 60), print(1000, 0, 60), print(0, -100, 0), print(0, 100, 0));

        Viewpoint view = fit.fit(prints, Corner.NONE).view();

        double[] box = screenBox(prints, view);
        assertThat(box[0]).isCloseTo(MARGIN, within(0.01));
        assertThat(box[2]).isCloseTo(WIDTH - MARGIN, within(0.01));
        assertThat(box[1]).isGreaterThanOrEqualTo(MARGIN - 1e-6);
        assertThat(box[3]).isLessThanOrEqualTo(HEIGHT - MARGIN + 1e-6);
    }

    @Test
    void theLabelBelowTheLowestNodeStaysOnScreen() {
        Footprint low = new Footprint(0, 500, 10, 30, 20);
        List<Footprint> prints = List.of(new Footprint(0, -500, 10, 0, 0), low);

        Viewpoint view = fit.fit(prints, Corner.NONE).view();

        Viewport port = port(view);
        double labelFoot = port.toScreenY(low.y()) + low.radius() * view.scale() + low.below();
        assertThat(labelFoot).isCloseTo(HEIGHT - MARGIN, within(0.01));
    }

    @Test
    void aSmallGraphIsZoomedInUpToTheLimit() {
        Viewpoint view = fit.fit(List.of(print(0, 0, 0), print(20, 20, 0)), Corner.NONE).view();

        assertThat(view.scale()).isEqualTo(2);
        assertThat(port(view).toScreenX(10)).isCloseTo(WIDTH / 2, within(1e-9));
    }

    @Test
    void aGraphThatFillsTheCanvasSquareKeepsOutOfTheLegendsCorner() {
        List<Footprint> prints = grid(-1000, 1000, -750, 750);
        Corner legend = new Corner(200, 300, true, true);

        Viewpoint view = fit.fit(prints, legend).view();

        assertThat(prints).allSatisfy(p -> assertThat(inCorner(p, view, legend)).as("under the legend").isFalse());
        double[] box = screenBox(prints, view);
        // At least as large as beside the legend's column (600 px wide), which beats under its row (300 px high).
        assertThat(box[2] - box[0]).isGreaterThanOrEqualTo(WIDTH - legend.width() - 2 * MARGIN - 0.5);
        assertThat(box[2]).isLessThanOrEqualTo(WIDTH - legend.width() + 1e-6);
    }

    @Test
    void aGraphWithAnEmptyTopRightCornerRunsUnderTheLegendsColumn() {
        List<Footprint> prints = new ArrayList<>(grid(-1000, 1000, 0, 750));
        prints.addAll(grid(-1000, 0, -750, 0));
        Corner legend = new Corner(200, 250, true, true);

        Viewpoint view = fit.fit(prints, legend).view();

        assertThat(prints).allSatisfy(p -> assertThat(inCorner(p, view, legend)).isFalse());
        double[] box = screenBox(prints, view);
        assertThat(box[2]).as("the right edge").isGreaterThan(WIDTH - legend.width());
    }

    @Test
    void theLegendMovesToTheCornerTheGraphLeavesEmpty() {
        List<Footprint> prints = new ArrayList<>(grid(-1000, 1000, -750, 0));
        prints.addAll(grid(-1000, 0, 0, 750));
        Corner legend = new Corner(200, 250, true, true);

        ViewFit.Fitted fitted = fit.fit(prints, legend);

        assertThat(fitted.legend().right()).isTrue();
        assertThat(fitted.legend().top()).as("the legend goes to the empty bottom right").isFalse();
        assertThat(prints).allSatisfy(p -> assertThat(inCorner(p, fitted.view(), fitted.legend())).isFalse());
        assertThat(screenBox(prints, fitted.view())[2]).isGreaterThan(WIDTH - legend.width());
    }

    @Test
    void nothingToShowGivesNoView() {
        assertThat(fit.fit(List.of(), Corner.NONE)).isNull();
    }

    private static Footprint print(double x, double y, double halfLabel) {
        return new Footprint(x, y, 10, halfLabel, halfLabel > 0 ? 16 : 0);
    }

    private static List<Footprint> grid(double x0, double x1, double y0, double y1) {
        List<Footprint> prints = new ArrayList<>();
        for (double x = x0; x <= x1; x += (x1 - x0) / 8) {
            for (double y = y0; y <= y1; y += (y1 - y0) / 8) {
                prints.add(print(x, y, 25));
            }
        }
        return prints;
    }

    private static Viewport port(Viewpoint view) {
        return new Viewport(WIDTH, HEIGHT, view.x(), view.y(), view.scale());
    }

    /** Left, top, right and bottom of everything drawn, labels included, in screen pixels. */
    private static double[] screenBox(List<Footprint> prints, Viewpoint view) {
        Viewport port = port(view);
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Footprint p : prints) {
            double r = Math.max(MIN_RADIUS, p.radius() * view.scale());
            double half = Math.max(r, p.halfLabel());
            box[0] = Math.min(box[0], port.toScreenX(p.x()) - half);
            box[1] = Math.min(box[1], port.toScreenY(p.y()) - r);
            box[2] = Math.max(box[2], port.toScreenX(p.x()) + half);
            box[3] = Math.max(box[3], port.toScreenY(p.y()) + r + p.below());
        }
        return box;
    }

    private static boolean inCorner(Footprint p, Viewpoint view, Corner corner) {
        Viewport port = port(view);
        double r = Math.max(MIN_RADIUS, p.radius() * view.scale());
        double half = Math.max(r, p.halfLabel());
        double left = corner.right() ? WIDTH - corner.width() : 0;
        double top = corner.top() ? 0 : HEIGHT - corner.height();
        double x = port.toScreenX(p.x());
        double y = port.toScreenY(p.y());
        return x + half > left && x - half < left + corner.width() && y + r + p.below() > top && y - r < top + corner.height();
    }
}
