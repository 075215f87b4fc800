package org.backchannel.app.graphfile;

import java.io.File;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;

/** File → Export graph file…: asks where, then lets the view-model write what is on screen. */
public final class GraphFileMenuItem extends MenuItem {

    public GraphFileMenuItem(GraphFileViewModel viewModel) {
        super("Export graph file (GraphML, GEXF, CSV)…");
        setId("export-graph-file");
        disableProperty().bind(viewModel.busyProperty());
        setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the graph on screen for Gephi, Cytoscape, yEd or a spreadsheet");
            chooser.getExtensionFilters().addAll(new ExtensionFilter("GraphML (Gephi, Cytoscape, yEd)", "*.graphml"),
                    new ExtensionFilter("GEXF (Gephi)", "*.gexf"),
                    new ExtensionFilter("CSV tables: NAME-nodes.csv and NAME-links.csv", "*.csv"));
            chooser.setInitialFileName("backchannel.graphml");
            File file = chooser.showSaveDialog(getParentPopup() == null ? null : getParentPopup().getOwnerWindow());
            if (file != null) {
                viewModel.write(file.toPath());
            }
        });
    }
}
