package org.backchannel.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.analysis.VisibleGraph;
import org.backchannel.app.explorer.ExplorerViewModel;
import org.backchannel.app.graph.DrawnPositions;
import org.backchannel.exploration.Exploration;
import org.backchannel.measures.NodeMeasures;
import org.backchannel.model.Citation;
import org.backchannel.model.GraphLink;
import org.backchannel.model.NodeEncoding;
import org.backchannel.model.Source;
import org.backchannel.render.Annotation;
import org.backchannel.render.ExportOptions;
import org.backchannel.render.Palette;
import org.backchannel.render.PdfPage;
import org.backchannel.render.SceneExporter;
import org.backchannel.session.Note;
import org.backchannel.store.GraphStore;

/** Asks what to export and where, then writes the PNG, SVG or PDF off the UI thread. */
public final class ExportDialog {

    private final Window owner;
    private final Exploration exploration;
    private final ExplorerViewModel explorer;

    /** @param explorer where to say that a figure is being written and where it went */
    public ExportDialog(Window owner, Exploration exploration, ExplorerViewModel explorer) {
        this.owner = owner;
        this.exploration = exploration;
        this.explorer = explorer;
    }

    public void show() {
        if (explorer.graphProperty().get() == null) {
            return;
        }
        ChoiceBox<ExportScope> scope = new ChoiceBox<>();
        scope.getItems().setAll(ExportScope.values());
        scope.setValue(exploration.selection().isEmpty() ? ExportScope.VISIBLE : ExportScope.SELECTION_AND_NEIGHBOURS);
        Spinner<Integer> width = new Spinner<>(ExportOptions.MIN_WIDTH, ExportOptions.MAX_WIDTH, 2400, 100);
        width.setEditable(true);
        Spinner<Integer> scale = new Spinner<>(1, ExportOptions.MAX_SCALE, 1);
        CheckBox transparent = new CheckBox("Transparent background (PNG)");
        CheckBox legend = new CheckBox("Legend");
        legend.setSelected(true);
        CheckBox notes = new CheckBox("Numbered notes: each exchange with its date, channel and quote, and my notes");
        notes.setId("export-notes");
        ChoiceBox<String> paper = new ChoiceBox<>();
        paper.getItems().setAll("a4-landscape", "a4-portrait", "letter-landscape", "letter-portrait");
        paper.setValue("a4-landscape");
        paper.setId("export-page");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Show"), scope);
        form.addRow(1, new Label("Width (px)"), width);
        form.addRow(2, new Label("PNG scale"), scale);
        form.add(transparent, 1, 3);
        form.add(legend, 1, 4);
        form.add(notes, 1, 5);
        form.addRow(6, new Label("PDF page"), paper);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export the graph");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the figure");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"), new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        chooser.setInitialFileName("backchannel.png");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            write(file.toPath(), scope.getValue(), new ExportOptions(width.getValue(), scale.getValue(), transparent.isSelected(),
                    legend.isSelected(), List.of()), notes.isSelected(), PdfPage.parse(paper.getValue()));
        }
    }

    /**
     * Writes the figure off the UI thread; the format follows the file name (.svg, .pdf, else PNG). The
     * caption's datasets and digest, and the notes' quotes, are asked of the store there too.
     */
    public void write(Path file, ExportScope scope, ExportOptions options, boolean includeNotes, PdfPage paper) {
        Map<String, Source> sources = exploration.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        LoadedGraph graph = exploration.graph();
        Map<String, double[]> positions = DrawnPositions.of(exploration.drawing());
        Set<String> selection = Set.copyOf(exploration.selection());
        Set<String> pinned = Set.copyOf(exploration.drawing().pinned());
        VisibleGraph visible = exploration.visible();
        String filters = exploration.filter().describe();
        List<Note> analystNotes = List.copyOf(exploration.notes().all());
        NodeEncoding encoding = exploration.nodeEncoding();
        Map<String, NodeMeasures> measures = exploration.measures();
        GraphStore store = explorer.store();
        explorer.report("exporting " + file + "…");
        Thread worker = new Thread(() -> {
            try {
                Figure figure = Figure.of(graph, visible, positions, scope, selection, pinned, filters, sources,
                        store == null ? Provenance.UNKNOWN : Provenance.of(store), LocalDate.now(), encoding, measures);
                ExportOptions withCaption = new ExportOptions(options.width(), options.scale(), options.transparentBackground(),
                        options.includeLegend(), figure.caption());
                List<Annotation> notes = includeNotes ? FigureNotes.of(figure.scene(), graph, analystNotes,
                        link -> evidence(store, link), sources) : List.of();
                ExportFormat.ofFile(file).write(figure.scene(), withCaption, notes, paper, file, new SceneExporter(Palette.standard()));
                Platform.runLater(() -> explorer.report("exported " + file));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> new Alert(Alert.AlertType.ERROR,
                        "The figure could not be written to " + file + ": " + e.getMessage()).show());
            }
        }, "backchannel-export");
        worker.setDaemon(true);
        worker.start();
    }

    /** The loaded outline has no quotes: the store is asked for the exchange's. */
    private static List<Citation> evidence(GraphStore store, GraphLink link) {
        if (!link.citations().isEmpty() || store == null) {
            return link.citations();
        }
        return store.linkDetails(link.id(), link.type()).map(GraphLink::citations).orElse(List.of());
    }
}
