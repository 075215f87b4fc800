package org.backchannel.app.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.MainWindow;
import org.backchannel.app.export.ExportScope;
import org.backchannel.model.Dataset;
import org.backchannel.model.GraphNode;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.PdfPage;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.GuestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app on a read-only database (Neo4j's {@code read_only_databases}) holding the article without
 * Backchannel's indexes, with a scene cap smaller than the store: it opens, draws, says the
 * database is not prepared, finds a node that is not on screen by its exact name and brings it in,
 * and exports; the database's content and schema are the same afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadOnlyGuestWindowIT extends FxRobot {

    private static final int CAP = 30;

    @TempDir
    static Path home;

    private static GuestNeo4j server;
    private static MainWindow window;
    private static List<Map<String, Object>> schemaBefore;
    private static String digestBefore;
    private static Dataset article;

    @BeforeAll
    static void openTheWindowOnAReadOnlyDatabase() throws Exception {
        article = BundledDataset.load();
        Path folder = home.resolve("server");
        try (GuestNeo4j writable = GuestNeo4j.start(folder, GuestNeo4j.Options.WRITABLE);
             Neo4jGraphStore owner = Neo4jGraphStore.connect(settings(writable))) {
            owner.importDataset(article);
            writable.dropIndexesAndConstraints();
            writable.run("MATCH (n:Entity) REMOVE n.degree");
        }
        server = GuestNeo4j.start(folder, GuestNeo4j.Options.READ_ONLY);
        schemaBefore = server.schema();
        digestBefore = digest();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> ConnectedStore.external(settings(server)), home);
            window.explorer().sceneCapProperty().set(CAP);
            stage.show();
            window.open();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.explorer().graphProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void nothingWasWritten() throws Exception {
        try {
            if (window != null) {
                FxToolkit.setupFixture(window::close);
            }
            assertThat(server.schema()).isEqualTo(schemaBefore);
            assertThat(server.nodesWith("degree")).isZero();
            assertThat(digest()).isEqualTo(digestBefore);
        } finally {
            server.close();
        }
    }

    @Test
    @Order(1)
    void itIsDrawnCappedWithANoticeThatItIsNotPrepared() {
        assertThat(window.explorer().graphProperty().get().nodeCount()).isEqualTo(CAP);
        assertThat(window.explorer().cappedProperty().get()).isTrue();
        Label notice = lookup("#unprepared-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("not prepared for Backchannel", "Prepare this database");
    }

    @Test
    @Order(2)
    void aNodeNotOnScreenIsFoundByItsExactNameAndBroughtIn() throws Exception {
        GraphNode outside = article.nodes().stream()
                .filter(n -> window.explorer().graphProperty().get().node(n.id()).isEmpty())
                .filter(n -> n.name().length() > 8)
                .findFirst().orElseThrow();

        clickOn("#search").write(outside.name());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.panes().search().getResults().isEmpty()
                && window.panes().search().getResults().get(0).node().id().equals(outside.id()));
        assertThat(window.panes().search().getResults().get(0).inScene()).isFalse();
        type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.explorer().getSelection().contains(outside.id()));
        assertThat(window.explorer().graphProperty().get().node(outside.id())).isPresent();
        assertThat(window.explorer().graphProperty().get().nodeCount()).isGreaterThan(CAP);
    }

    @Test
    @Order(3)
    void theVisibleGraphExports() throws Exception {
        Path file = home.resolve("read-only.svg");
        WaitForAsyncUtils.asyncFx(() -> window.exportDialog().write(file, ExportScope.VISIBLE,
                new ExportOptions(1200, 1, false, true, List.of()), false, PdfPage.A4_LANDSCAPE)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file)
                && lookup("#explorer-status").queryAs(Label.class).getText().contains("exported " + file));
        assertThat(Files.readString(file)).contains("<svg");
    }

    private static ConnectionSettings settings(GuestNeo4j guest) {
        return new ConnectionSettings(guest.uri("bolt"), "neo4j", "unused");
    }

    private static String digest() {
        try (Neo4jGraphStore store = Neo4jGraphStore.connect(settings(server))) {
            return store.contentDigest();
        }
    }
}
