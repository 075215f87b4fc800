package org.backchannel.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backchannel.app.BundledDataset;
import org.backchannel.app.MainWindow;
import org.backchannel.store.ConnectedStore;
import org.backchannel.store.embedded.EmbeddedNeo4j;
import org.backchannel.store.neo4j.ConnectionSettings;
import org.backchannel.store.neo4j.Neo4jGraphStore;
import org.backchannel.testing.TcpProxy;
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
 * A Neo4j server that goes away while the explorer shows its graph, and comes back: played by a
 * proxy between the app and a real Neo4j. The window stays responsive, keeps the graph, shows a
 * banner instead of a dialog or a stack trace, and recovers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreOutageIT extends FxRobot {

    @TempDir
    static Path home;

    private static EmbeddedNeo4j neo4j;
    private static TcpProxy proxy;
    private static MainWindow window;

    @BeforeAll
    static void openTheExplorerOnAServerBehindAProxy() throws Exception {
        neo4j = EmbeddedNeo4j.start(home.resolve("neo4j"));
        ConnectionSettings direct = new ConnectionSettings(neo4j.boltUri(), neo4j.username(), neo4j.password());
        try (Neo4jGraphStore seeding = Neo4jGraphStore.connect(direct)) {
            seeding.importDataset(BundledDataset.load());
        }
        proxy = new TcpProxy(neo4j.boltUri());
        ConnectionSettings viaProxy = new ConnectionSettings(proxy.uri(neo4j.boltUri()), neo4j.username(), neo4j.password());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, () -> ConnectedStore.external(viaProxy), home);
            stage.show();
            window.open();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.explorer().graphProperty().get() != null);
    }

    @AfterAll
    static void close() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::close);
        }
        proxy.close();
        neo4j.close();
    }

    @Test
    @Order(1)
    void theGraphStaysABannerShowsAndTheWindowRecoversWhenTheServerIsBack() throws Exception {
        ExplorerViewModel explorer = window.explorer();
        int nodes = explorer.graphProperty().get().nodeCount();
        proxy.cut();

        interact(() -> explorer.expand("henry-kissinger"));
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> explorer.health().lostProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#store-lost").query().isVisible()).isTrue();
        assertThat(lookup("#store-lost-message").queryAs(Label.class).getText())
                .startsWith("The store does not answer. The graph on screen is kept; trying");
        assertThat(lookup("#store-lost-reason").queryAs(Label.class).getText()).contains(proxy.uri(neo4j.boltUri()).toString());
        assertThat(explorer.graphProperty().get().nodeCount()).isEqualTo(nodes);
        // The UI thread is free while the store is gone: it answers within a second.
        WaitForAsyncUtils.asyncFx(() -> lookup("#graph").query().isVisible()).get(1, TimeUnit.SECONDS);

        proxy.restore();
        clickOn("#store-retry-now");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !explorer.health().lostProperty().get());

        assertThat(lookup("#store-lost").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> explorer.statusProperty().get().contains("expanded"));
        assertThat(explorer.graphProperty().get().nodeCount()).isGreaterThanOrEqualTo(nodes);
    }

    @Test
    @Order(2)
    void theDetailsPaneSaysTheEvidenceIsUnreachableAndShowsItWhenTheServerIsBack() throws Exception {
        ExplorerViewModel explorer = window.explorer();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !explorer.health().lostProperty().get());
        proxy.cut();

        interact(() -> explorer.select("anatoly-dobrynin", false));
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> explorer.health().lostProperty().get());

        assertThat(lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Anatoly Dobrynin");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#details-evidence").queryAs(Label.class).isVisible());
        assertThat(lookup("#details-evidence").queryAs(Label.class).getText())
                .isEqualTo("The store does not answer: the evidence will show when it is back.");
        assertThat(lookup("#citations .quote").queryAll()).isEmpty();

        proxy.restore();
        clickOn("#store-retry-now");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !lookup("#citations .quote").queryAll().isEmpty());
        assertThat(lookup("#details-evidence").queryAs(Label.class).isVisible()).isFalse();
    }
}
