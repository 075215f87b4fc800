package org.backchannel.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.backchannel.render.PdfPage;
import org.backchannel.store.ConnectedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer as a user meets it, on Monocle's headless glass with a real embedded Neo4j: the
 * graph appears laid out without a click; search, click, Escape, era presets, paths and export
 * work on the real scene. One window and one store serve every test, and each test starts from the
 * opened store's overview (going back to the start of the history undoes what the one before did),
 * in any order.
 */
class ExplorerIT extends FxRobot {

    @TempDir
    static Path home;

    private static MainWindow window;
    /** Everything the "store starting" label showed while it was visible, recorded as it changed. */
    private static final List<String> whileStarting = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openTheWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> ConnectedStore.embedded(home.resolve("neo4j")), home);
            stage.show();
            Label starting = (Label) stage.getScene().lookup("#store-starting");
            starting.textProperty().addListener((obs, old, text) -> {
                if (starting.isVisible()) {
                    whileStarting.add(text);
                }
            });
            window.open();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.explorer().graphProperty().get() != null);
    }

    /** The overview as the store opened it: no step, no selection, no path, no search, the whole graph in view. */
    @BeforeEach
    void startFromTheOverview() throws Exception {
        interact(() -> {
            window.panes().exploration().goTo(0);
            window.panes().exploration().clearSelection();
            window.panes().path().clear();
            window.panes().search().queryProperty().set("");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> canvas().settled()).get());
        interact(() -> canvas().fit());
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
    }

    @Test
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
    void whileTheStoreStartsTheWindowSaysSoAndCountsTheSecondsThenStops() {
        assertThat(whileStarting).anySatisfy(text -> assertThat(text).matches("Starting the store…\\s+[1-9]\\d* s"));
        assertThat(lookup("#store-starting").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aSettledGraphStopsAskingForFramesAndAPanDrawsAgain() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(() -> canvas().drawing()).get());
        int[] before = pixels();
        interact(() -> canvas().requestFocus());
        type(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(() -> canvas().drawing()).get());
        assertThat(pixels()).as("the canvas after a pan").isNotEqualTo(before);
    }

    @Test
    void searchSelectsAndTheDetailsShowTheQuoteBehindTheFact() {
        clickOn("#search").write("dobryn").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().getSelection()).containsExactly("anatoly-dobrynin");
        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Anatoly Dobrynin");
        List<String> quotes = quotesOnceLoaded();
        assertThat(quotes).anySatisfy(q -> assertThat(q).contains("longtime Soviet ambassador to the United States"));
    }

    @Test
    void clickingKissingerSelectsHimShowsAQuoteFromTheArticleAndEscapeClears() {
        Point2D kissinger = canvas().screenPointOf("henry-kissinger");
        clickOn(canvas().localToScreen(kissinger));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().getSelection()).containsExactly("henry-kissinger");
        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Henry Kissinger");
        assertThat(quotesOnceLoaded())
                .anySatisfy(q -> assertThat(q).contains("Henry Kissinger — President Richard Nixon’s national security advisor"));
        assertThat(lookup("#citations .source").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(s -> assertThat(s).startsWith("— Alistair Somerville"));
        type(KeyCode.ESCAPE);
        assertThat(window.explorer().getSelection()).isEmpty();
    }

    @Test
    void pickingAnExchangeShowsTheQuotesBehindIt() {
        interact(() -> window.explorer().pickLink("kissinger-spoke-with-dobrynin-cienfuegos-1970"));

        assertThat(lookup("#details-title").queryAs(Label.class).getText()).startsWith("Henry Kissinger · spoke with Anatoly Dobrynin");
        assertThat(quotesOnceLoaded()).isNotEmpty();
        assertThat(lookup("#details-evidence").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
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
    void togglingAChannelTypeAndDraggingTheEraRangeChangeWhatIsShown() {
        int all = window.explorer().visibleProperty().get().nodeIds().size();
        clickOn("#type-back-channel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().visibleProperty().get().nodeIds()).hasSizeLessThan(all)
                .doesNotContain("kissinger-dobrynin-back-channel").contains("washington-moscow-hotline");
        clickOn("#type-back-channel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.explorer().visibleProperty().get().nodeIds()).hasSize(all);

        drag(lookup("#years .high-thumb").queryAs(javafx.scene.Node.class)).moveBy(-120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        int upTo = window.panes().filters().toYearProperty().get();
        assertThat(upTo).isLessThan(2010);
        assertThat(window.explorer().visibleProperty().get().nodeIds()).hasSizeLessThan(all)
                .contains("henry-kissinger").doesNotContain("joe-biden");
        assertThat(lookup("#explorer-status").queryAs(Label.class).getText()).contains("filters: 1962–" + upTo);
    }

    @Test
    void theShortestPathFromNixonToDobryninIsListedHopByHop() throws Exception {
        clickOn("Who reached whom");
        select("richard-nixon");
        clickOn("#path-from");
        select("anatoly-dobrynin");
        clickOn("#path-to");
        clickOn("#find-path");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.panes().path().getSteps().isEmpty());
        assertThat(lookup("#path-message").queryAs(Label.class).getText()).isEqualTo("Shortest path: 2 hops.");
        assertThat(window.panes().path().highlightedProperty().get()).contains("kissinger-dobrynin-back-channel");
    }

    @Test
    void theVisibleGraphExportsAsAPngOfTheChosenWidthThatIsNotBlank() throws Exception {
        Path file = home.resolve("figure.png");
        export(file, ExportScope.VISIBLE, new ExportOptions(1200, 2, false, true, List.of()));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        int background = image.getRGB(0, 0);
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                if (image.getRGB(x, y) != background) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("pixels that are not background").isGreaterThan(1_000);
    }

    @Test
    void theSelectionAndItsNeighboursExportAsAnSvgThatParsesAndNamesThem() throws Exception {
        interact(() -> window.explorer().selectOnly(java.util.Set.of("henry-kissinger", "anatoly-dobrynin")));
        Path file = home.resolve("selection.svg");
        export(file, ExportScope.SELECTION_AND_NEIGHBOURS, new ExportOptions(1600, 1, true, true, List.of()));
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        var texts = document.getElementsByTagName("text");
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        // A long name is wrapped onto two text lines, which follow each other in the file.
        assertThat(String.join(" ", words)).contains("Henry Kissinger", "Anatoly Dobrynin", "Kissinger–Dobrynin back channel")
                .doesNotContain("Joe Biden");
    }

    @Test
    void theQueryConsoleAnswersAReadAndRefusesAWriteWithTheStoreUnchanged() throws Exception {
        clickOn("Query");
        clickOn("#console-statement").write("MATCH (a:Entity {id: 'henry-kissinger'})-[:SPOKE_WITH]->(b) RETURN b.name AS spokeWith ORDER BY spokeWith");
        clickOn("#console-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#console-message").queryAs(Label.class).getText().endsWith(" ms."));
        assertThat(lookup("#console-message").queryAs(Label.class).getText()).matches("\\d+ rows? in \\d+ ms\\.");
        assertThat(window.panes().console().getRows()).contains(List.of("Anatoly Dobrynin"));

        interact(() -> window.panes().console().statementProperty().set("MATCH (n:Entity) DETACH DELETE n"));
        clickOn("#console-statement").push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#console-message").queryAs(Label.class).getText().contains("Nothing was run"));
        assertThat(window.store().getNodeCounts()).isNotEmpty();
        assertThat(window.panes().console().getRows()).contains(List.of("Anatoly Dobrynin"));
    }

    private void export(Path file, ExportScope scope, ExportOptions options) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.exportDialog().write(file, scope, options, false, PdfPage.A4_LANDSCAPE)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> file.toFile().length() > 0
                && lookup("#explorer-status").queryAs(Label.class).getText().contains("exported " + file));
    }

    /** The details pane's quotes, once the store has sent them: the loaded graph holds outlines without them. */
    private List<String> quotesOnceLoaded() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#citations .quote").queryAll().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no quotes after 20 s; the pane says: " + lookup("#details-evidence").queryAs(Label.class).getText(), e);
        }
        return lookup("#citations .quote").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void select(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> window.explorer().graphProperty().get().node(id).ifPresent(window.explorer()::focusOn));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] pixels() throws Exception {
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> canvas().snapshot(null, null)).get();
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] argb = new int[width * height];
        shot.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    private static GraphCanvas canvas() {
        return window.view().canvas();
    }
}
