package org.backchannel.app.look;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.MainWindow;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.app.testing.InMemoryGraphStore;
import org.backchannel.measures.NodeMeasures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The look on the real window, over the bundled dataset served from memory (no store needs to start for
 * how things look): the first fit fills the canvas, the View menu's theme restyles every control and
 * the graph, and is remembered, and the Nodes menu sizes nodes by the measure chosen.
 */
class LookIT extends FxRobot {

    @TempDir
    static Path home;

    private static MainWindow window;

    @BeforeAll
    static void openTheWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        var dataset = BundledDataset.load();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> {
                throw new AssertionError("the look needs no store");
            }, home);
            stage.show();
            window.explorer().open(new InMemoryGraphStore(dataset));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.explorer().graphProperty().get() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> canvas().settled()).get());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
    }

    @Test
    void fitFillsTheCanvasInOneDirectionAndKeepsEveryNodeOnIt() throws Exception {
        interact(() -> canvas().fit());
        List<Point2D> nodes = WaitForAsyncUtils.asyncFx(() -> window.explorer().visibleProperty().get().nodeIds().stream()
                .map(id -> canvas().screenPointOf(id)).filter(p -> p != null).toList()).get();
        double width = canvas().getWidth();
        double height = canvas().getHeight();

        assertThat(nodes).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getX()).isBetween(0.0, width);
            assertThat(p.getY()).isBetween(0.0, height);
        });
        double across = nodes.stream().mapToDouble(Point2D::getX).max().orElseThrow()
                - nodes.stream().mapToDouble(Point2D::getX).min().orElseThrow();
        double down = nodes.stream().mapToDouble(Point2D::getY).max().orElseThrow()
                - nodes.stream().mapToDouble(Point2D::getY).min().orElseThrow();
        // Labels and a small margin take the rest; the old fit used about half of either direction.
        assertThat(Math.max(across / width, down / height)).as("share of the canvas the nodes span").isGreaterThan(0.7);
    }

    @Test
    void theThemeFromTheViewMenuRestylesTheControlsAndTheGraphAndIsRemembered() throws Exception {
        Region statusBar = lookup(".status-bar").queryAs(Region.class);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
        double lightBar = brightness(statusBar);
        int lightCanvas = canvasCorner();

        clickOn("#view-menu").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !canvas().drawing()).get());

        try {
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
            assertThat(brightness(statusBar)).as("the status bar's background").isLessThan(0.3).isLessThan(lightBar);
            assertThat(luminance(canvasCorner())).as("the canvas's background").isLessThan(0.2)
                    .isLessThan(luminance(lightCanvas));
            assertThat(Files.readString(home.resolve(LookSettings.FILE))).contains("theme=dark");
            LookViewModel nextLaunch = new LookViewModel();
            new LookSettings(home).bind(nextLaunch);
            assertThat(nextLaunch.getTheme()).isEqualTo(Theme.DARK);
        } finally {
            interact(() -> window.panes().look().setTheme(Theme.LIGHT));
        }
        assertThat(brightness(statusBar)).isEqualTo(lightBar);
    }

    @Test
    void theNodesMenuSizesNodesByTheChosenMeasureAndAnUndoPutsTheSizesBack() throws Exception {
        Map<String, Double> byDegree = drawnRadii();
        assertThat(new HashSet<>(byDegree.values())).as("sizes by degree differ").hasSizeGreaterThan(1);

        clickOn("#node-look-menu").clickOn("All one size");
        assertThat(new HashSet<>(settledRadii().values())).as("all one size").hasSize(1);

        clickOn("#node-look-menu").clickOn("Size by betweenness");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.panes().exploration().measures().keySet().equals(window.explorer().visibleProperty().get().nodeIds())).get());
        Map<String, Double> byBetweenness = settledRadii();
        String broker = WaitForAsyncUtils.asyncFx(() -> window.panes().exploration().measures().values().stream()
                .max(Comparator.comparingDouble(NodeMeasures::betweenness)).orElseThrow().nodeId()).get();
        assertThat(byBetweenness.get(broker)).as("the node most between others is the largest")
                .isEqualTo(Collections.max(byBetweenness.values()));
        assertThat(byBetweenness).isNotEqualTo(byDegree);

        interact(() -> {
            window.panes().exploration().undo();
            window.panes().exploration().undo();
        });
        // The legend changed back, and a view that follows the fit fits again: the sizes come back in proportion.
        assertThat(proportions(settledRadii())).isEqualTo(proportions(byDegree));
    }

    /** Each radius as a share of the largest, in hundredths: what the sizes say, whatever the zoom. */
    private static Map<String, Long> proportions(Map<String, Double> radii) {
        double largest = Collections.max(radii.values());
        Map<String, Long> shares = new HashMap<>();
        radii.forEach((id, r) -> shares.put(id, Math.round(100 * r / largest)));
        return shares;
    }

    /** Each visible node's radius on screen once the canvas has drawn what changed. */
    private static Map<String, Double> settledRadii() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !canvas().drawing()).get());
        return drawnRadii();
    }

    private static Map<String, Double> drawnRadii() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, Double> radii = new HashMap<>();
            window.explorer().visibleProperty().get().nodeIds().forEach(id -> radii.put(id, canvas().screenRadiusOf(id)));
            return radii;
        }).get();
    }

    private static GraphCanvas canvas() {
        return window.view().canvas();
    }

    /** The brightness of a region's first background fill, as CSS computed it. */
    private static double brightness(Region region) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Paint fill = region.getBackground().getFills().get(0).getFill();
            return ((Color) fill).getBrightness();
        }).get();
    }

    /** The canvas's pixel in its top left corner, where the fit leaves the background showing. */
    private static int canvasCorner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().snapshot(null, null).getPixelReader().getArgb(2, 2)).get();
    }

    private static double luminance(int argb) {
        return (0.2126 * ((argb >> 16) & 0xFF) + 0.7152 * ((argb >> 8) & 0xFF) + 0.0722 * (argb & 0xFF)) / 255;
    }
}
