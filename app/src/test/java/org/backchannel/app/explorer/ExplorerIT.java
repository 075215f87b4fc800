package org.backchannel.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.backchannel.app.MainWindow;
import org.backchannel.app.export.ExportScope;
import org.backchannel.app.graph.GraphCanvas;
import org.backchannel.render.ExportOptions;
import org.backchannel.store.ConnectedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer as a user meets it, on Monocle's headless glass with a real embedded Neo4j: the
 * graph appears laid out without a click; search, click, Escape, era presets, paths and export
 * work on the real scene.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerIT extends FxRobot {

    @TempDir
    static Path home;

    private static MainWindow window;

    @BeforeEach
    void openOnce() throws Exception {
        if (window != null) {
            return;
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> ConnectedStore.embedded(home.resolve("neo4j")));
            stage.show();
            window.open();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.explorer().graphProperty().get() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> canvas().settled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
    }

    @Test
    @Order(1)
    void theArticlesGraphAppearsLaidOutAndDrawnWithoutAClick() throws Exception {
        assertThat(window.explorer().visibleProperty().get().nodeIds()).hasSize(96);
        assertThat(lookup("#explorer-status").queryAs(Label.class).getText()).startsWith("Showing 96 of 96 nodes, 203 of 203 links");
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> canvas().snapshot(null, null)).get();
        long inked = 0;
        for (int y = 0; y < shot.getHeight(); y += 4) {
            for (int x = 0; x < shot.getWidth(); x += 4) {
                if ((shot.getPixelReader().getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("pixels the graph has drawn").isGreaterThan(500);
        Point2D nixon = canvas().screenPointOf("richard-nixon");
        assertThat(nixon.getX()).isBetween(0.0, canvas().getWidth());
        assertThat(nixon.getY()).isBetween(0.0, canvas().getHeight());
    }

    @Test
    @Order(2)
    void searchSelectsAndTheDetailsShowTheQuoteBehindTheFact() {
        clickOn("#search").write("dobryn").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().getSelection()).containsExactly("anatoly-dobrynin");
        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Anatoly Dobrynin");
        List<String> quotes = lookup("#citations .quote").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(quotes).anySatisfy(q -> assertThat(q).contains("longtime Soviet ambassador to the United States"));
        clickOn("#search").eraseText(6);
    }

    @Test
    @Order(3)
    void clickingANodeSelectsItAndEscapeClearsTheSelection() {
        Point2D kissinger = canvas().screenPointOf("henry-kissinger");
        clickOn(canvas().localToScreen(kissinger));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().getSelection()).containsExactly("henry-kissinger");
        type(KeyCode.ESCAPE);
        assertThat(window.explorer().getSelection()).isEmpty();
    }

    @Test
    @Order(4)
    void anEraPresetFiltersTheGraphAndTheStatusSaysSo() {
        clickOn("Détente");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().visibleProperty().get().nodeIds()).contains("henry-kissinger").doesNotContain("joe-biden");
        assertThat(lookup("#explorer-status").queryAs(Label.class).getText()).contains("filters: 1969–1979");
        clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().visibleProperty().get().nodeIds()).hasSize(96);
    }

    @Test
    @Order(5)
    void theShortestPathFromNixonToDobryninIsListedHopByHop() throws Exception {
        clickOn("Who reached whom");
        select("richard-nixon");
        clickOn("#path-from");
        select("anatoly-dobrynin");
        clickOn("#path-to");
        clickOn("#find-path");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.explorer().path().getSteps().isEmpty());
        assertThat(lookup("#path-message").queryAs(Label.class).getText()).isEqualTo("Shortest path: 2 hops.");
        assertThat(window.explorer().path().highlightedProperty().get()).contains("kissinger-dobrynin-back-channel");
    }

    @Test
    @Order(6)
    void theVisibleGraphExportsAsAPngOfTheChosenWidth() throws Exception {
        Path file = home.resolve("figure.png");
        WaitForAsyncUtils.asyncFx(() -> window.exportDialog().write(file, ExportScope.VISIBLE,
                new ExportOptions(1200, 2, false, true, List.of()))).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> file.toFile().length() > 0
                && lookup("#explorer-status").queryAs(Label.class).getText().contains("exported"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
    }

    private void select(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> window.explorer().graphProperty().get().node(id).ifPresent(window.explorer()::focusOn));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static GraphCanvas canvas() {
        return window.view().canvas();
    }
}
