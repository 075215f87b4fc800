package org.backchannel.app.explorer;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.app.channels.ParallelChannelsView;
import org.backchannel.app.console.QueryConsoleView;
import org.backchannel.app.edit.HistoryView;
import org.backchannel.app.exchanges.ExchangesView;
import org.backchannel.app.graph.NodeActions;
import org.backchannel.app.measures.MeasuresView;
import org.backchannel.app.outcomes.OutcomeChainsView;
import org.backchannel.app.overview.StoreOverviewView;
import org.backchannel.app.overview.StoreOverviewViewModel;
import org.backchannel.app.path.PathView;
import org.backchannel.model.GraphNode;

/**
 * The tabs below the graph (exchanges, paths, the answer panels, history, store, query), and what a
 * node's menu asks of them: each question fills its panel and brings its tab to the front.
 */
final class LowerTabs extends TabPane implements NodeActions {

    private final ExplorerPanes panes;
    private final Tab paths;
    private final Tab channels;
    private final Tab chains;

    LowerTabs(ExplorerPanes panes, StoreOverviewViewModel store, javafx.scene.Node datasets) {
        this.panes = panes;
        ExplorerViewModel explorer = panes.explorer();
        // Only the first tab shows at launch; the others are made when first opened (LazyTab).
        paths = LazyTab.of("Who reached whom", () -> new PathView(panes.path(), () -> selectedNode(explorer)));
        channels = LazyTab.of("Channels", () -> new ParallelChannelsView(panes.channels()));
        channels.setId("tab-channels");
        chains = LazyTab.of("How it came about", () -> new OutcomeChainsView(panes.chains()));
        chains.setId("tab-chains");
        Tab measures = LazyTab.of("Measures", () -> new MeasuresView(panes.measures()));
        measures.setId("tab-measures");
        getTabs().setAll(
                tab("Exchanges", new ExchangesView(panes.exchanges(), explorer::pickLink)),
                paths, channels, chains, measures,
                LazyTab.of("History", () -> new HistoryView(panes.edit())),
                LazyTab.of("Store", () -> new StoreOverviewView(store)),
                LazyTab.of("Datasets", () -> datasets),
                LazyTab.of("Query", () -> new QueryConsoleView(panes.console())));
        setId("lower-tabs");
        setPrefHeight(230);
    }

    @Override
    public void expand(String nodeId) {
        panes.explorer().expand(nodeId);
    }

    @Override
    public void findPathsFrom(String nodeId) {
        panes.exploration().graph().node(nodeId).ifPresent(panes.path().fromProperty()::set);
        getSelectionModel().select(paths);
    }

    @Override
    public void channelsWith(String nodeId) {
        panes.channels().startFrom(nodeId);
        getSelectionModel().select(channels);
    }

    @Override
    public void channelsBetween(String firstId, String secondId) {
        panes.channels().between(firstId, secondId);
        getSelectionModel().select(channels);
    }

    @Override
    public void explain(String nodeId) {
        panes.chains().explain(nodeId);
        getSelectionModel().select(chains);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private static GraphNode selectedNode(ExplorerViewModel explorer) {
        LoadedGraph graph = explorer.graphProperty().get();
        if (graph == null || explorer.getSelection().size() != 1) {
            return null;
        }
        return graph.node(explorer.getSelection().iterator().next()).orElse(null);
    }
}
